// The `coachboard` command. Each subcommand is a thin shell over a use-case.
import { Command } from 'commander';
import { FolderLockedError } from '../db/folder-lock.ts';
import { registerDemo } from './demo-command.ts';
import { registerCalendar } from './calendar-command.ts';
import { registerCheckSpecify } from './check-specify-command.ts';
import { registerExport } from './export-command.ts';
import { registerImport } from './import-command.ts';
import { registerInnovations } from './innovations-command.ts';
import { CliError } from './print.ts';
import { registerGaps } from './gaps-command.ts';
import { registerGuide } from './guide-command.ts';
import { registerQueue } from './queue-command.ts';
import { registerReps } from './reps-command.ts';
import { registerServe } from './serve-command.ts';
import { registerStalled } from './stalled-command.ts';
import { registerUser } from './user-command.ts';

const program = new Command('coachboard')
  .description('Coachboard: coaching system for frontline sales managers')
  .showHelpAfterError();

registerServe(program);
registerDemo(program);
registerImport(program);
registerExport(program);
registerUser(program);
registerCheckSpecify(program);
registerReps(program);
registerGaps(program);
registerQueue(program);
registerStalled(program);
registerInnovations(program);
registerGuide(program);
registerCalendar(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    console.error(`coachboard: ${error.message}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof FolderLockedError) {
    console.error(`coachboard: ${error.message}`);
    process.exitCode = 3;
  } else {
    console.error('coachboard: unexpected error:', error);
    process.exitCode = 1;
  }
}
