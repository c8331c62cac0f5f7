// `coachboard calendar <manager-or-rep> [--ics out.ics]`: a person's coaching calendar as
// iCalendar (RFC 5545), the same document as the feed and the .ics download
// (docs/cadences-and-calendar.md). Without --ics it goes to stdout.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ensureOrg } from '../db/queries/orgs.ts';
import { resolvePerson } from '../use-cases/analytics/resolve-person.ts';
import { personCalendar } from '../use-cases/calendar/person-calendar.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError } from './print.ts';
import { toCliError } from './reps-command.ts';

type CalendarFlags = { ics?: string; db?: string };

export function registerCalendar(program: Command): void {
  program.command('calendar')
    .description("a manager's or rep's coaching calendar as iCalendar: recurring cadence sessions, one-off and moved sessions; no notes")
    .argument('<manager-or-rep>', 'id, external id or exact name')
    .option('--ics <file>', 'write the calendar to this .ics file instead of stdout')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (ref: string, flags: CalendarFlags) => {
      // The clock is read here, at the edge: it stamps DTSTAMP and the window of past sessions.
      const now = new Date();
      const calendar = await withDatabase(flags.db, 'calendar', async (database) => {
        const orgId = await ensureOrg(database.pool);
        const person = await resolvePerson(database, orgId, ref, 'manager or rep').catch(toCliError);
        return personCalendar(database, orgId, person.id, now);
      });
      if (!calendar) throw new CliError(`no person matches ${JSON.stringify(ref)}`, 2);
      if (!flags.ics) {
        process.stdout.write(calendar.ics);
        return;
      }
      await writeFile(flags.ics, calendar.ics);
      const events = calendar.ics.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0;
      console.log(`Wrote ${flags.ics}: ${calendar.name}'s coaching calendar, ${events} event${events === 1 ? '' : 's'}.`);
    });
}
