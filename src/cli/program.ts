import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerScoreCommand } from './commands/score.ts';

/** the `parley` program; each command lives in its own file under ./commands and registers itself here */
export function createProgram(): Command {
  const program = new Command('parley')
    .description('Parley: practise and score customer-service replies from the command line.')
    .version(pkg.version)
    .showHelpAfterError('(add --help for usage)')
    // commander throws instead of exiting, so main decides the exit code
    .exitOverride();
  registerScoreCommand(program);
  return program;
}
