// `coachboard user add` and `coachboard token add`: logins and personal API tokens.
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { Role } from '../contract/api.ts';
import { createUser, issueApiToken } from '../use-cases/manage-users.ts';
import { withDatabase } from './open-for-cli.ts';
import { CliError, printJson } from './print.ts';

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage logins');
  user.command('add')
    .description('create a login; prints a generated password unless --password is given')
    .requiredOption('--email <email>', 'e-mail to sign in with')
    .requiredOption('--role <role>', 'admin | leader | manager | rep')
    .option('--person <id>', 'the person (people.id) this login belongs to')
    .option('--password <password>', 'password (at least 10 characters)')
    .option('--json', 'print the result as JSON')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (opts: { email: string; role: string; person?: string; password?: string; json?: boolean; db?: string }) => {
      const role = Role.safeParse(opts.role);
      if (!role.success) throw new CliError(`--role: expected admin, leader, manager or rep; got ${JSON.stringify(opts.role)}`, 2);
      if (opts.password !== undefined && opts.password.length < 10) throw new CliError('--password: expected at least 10 characters', 2);
      const personId = opts.person === undefined ? null : Number(opts.person);
      if (personId !== null && !Number.isInteger(personId)) throw new CliError(`--person: expected a person id (a whole number), got ${JSON.stringify(opts.person)}`, 2);
      const password = opts.password ?? randomBytes(12).toString('base64url');
      const email = opts.email.trim().toLowerCase();
      const result = await withDatabase(opts.db, 'user add', (database) => createUser(database, null, { email, role: role.data, personId, password }));
      if (!result.ok) {
        throw new CliError(result.reason === 'email_taken' ? `--email: ${email} already has a login` : `--person: no person with id ${personId}`);
      }
      if (opts.json) printJson({ id: result.user.id, email, role: role.data, personId, password: opts.password ? null : password });
      else console.log(`Created ${role.data} ${email}${opts.password ? '' : ` with password ${password}`}`);
    });

  const token = program.command('token').description('personal API tokens');
  token.command('add')
    .description('create a personal API token for a login (shown once)')
    .requiredOption('--email <email>', 'the login the token acts as')
    .option('--name <name>', 'what the token is for', 'script')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder')
    .action(async (opts: { email: string; name: string; db?: string }) => {
      const value = await withDatabase(opts.db, 'token add', (database) => issueApiToken(database, opts.email.trim().toLowerCase(), opts.name));
      if (!value) throw new CliError(`--email: no login ${opts.email}`);
      console.log(value);
    });
}
