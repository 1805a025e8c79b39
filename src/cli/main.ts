import { CommanderError } from 'commander';
import { createProgram } from './program.ts';

// exit status: 0 ok, 1 some input was rejected, 2 the command line itself was wrong
try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode === 1 ? 2 : error.exitCode;
}
