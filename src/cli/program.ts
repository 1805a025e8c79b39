import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { registerEvalCommand } from './commands/eval.ts';
import { registerLintCommand } from './commands/lint.ts';
import { registerPlayCommand, type PlayCommandSettings } from './commands/play.ts';
import { registerSchemaCommand } from './commands/schema.ts';
import { registerScoreCommand } from './commands/score.ts';
import { registerTestCommand } from './commands/test.ts';
import { registerTrainCommand } from './commands/train.ts';

/** the `parley` program; each command lives in its own file under ./commands and registers itself here */
export function createProgram(settings: PlayCommandSettings = {}): Command {
  const program = new Command('parley')
    .description('Parley: practise and score customer-service replies from the command line.')
    .version(pkg.version)
    .showHelpAfterError('(add --help for usage)')
    // commander throws instead of exiting, so main decides the exit code
    .exitOverride();
  registerScoreCommand(program);
  registerEvalCommand(program);
  registerTrainCommand(program);
  registerPlayCommand(program, settings);
  registerLintCommand(program);
  registerTestCommand(program);
  registerSchemaCommand(program);
  return program;
}
