import { expect, it } from 'vitest';
import { tempDir } from '../support/local-app.ts';
import { runCli } from '../support/run-cli.ts';

const cwd = tempDir('pulse-cli-language-');
/** Slack over HTTP without its signing secret: a half-finished set the admin has to complete. */
const halfSlack = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };

it('tells a Dutch admin what is wrong with the configuration in Dutch, naming the variable', async () => {
  const result = await runCli(['start'], { ...halfSlack, LANG: 'nl_NL.UTF-8' }, cwd);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Ongeldige configuratie:');
  expect(result.stderr).toContain(
    'SLACK_SIGNING_SECRET: kreeg niets, verwacht een waarde (nodig voor Slack via HTTP)',
  );
  expect(result.stderr).not.toContain('expected');
});

it('tells an English admin the same in English, naming the same variable', async () => {
  const result = await runCli(['start'], { ...halfSlack, LANG: 'en_GB.UTF-8' }, cwd);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Invalid configuration:');
  expect(result.stderr).toContain(
    'SLACK_SIGNING_SECRET: got nothing, expected a value (needed for Slack over HTTP)',
  );
});

it('says what a wrong value expects in the language --language asks for, above LANG and LC_ALL', async () => {
  const env = { PORT: '80800', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
  const dutch = await runCli(['migrate', '--language', 'nl'], env, cwd);
  expect(dutch.stderr).toContain('PORT: kreeg "80800", verwacht een geheel getal van 1 tot en met 65535');
  const english = await runCli(['--language=en', 'migrate'], { ...env, LC_ALL: 'nl_NL.UTF-8' }, cwd);
  expect(english.stderr).toContain('PORT: got "80800", expected an integer from 1 to 65535');
});

it('keeps a secret hidden in Dutch too', async () => {
  const result = await runCli(['start'], { SLACK_BOT_TOKEN: 'xoxp-user-token', LC_ALL: 'nl_BE.UTF-8' }, cwd);
  expect(result.stderr).toContain(
    'SLACK_BOT_TOKEN: kreeg een waarde (verborgen), verwacht een bottoken van Slack',
  );
  expect(result.stderr).not.toContain('xoxp-user-token');
});

it('refuses a mistyped option or a wrong time zone in Dutch, naming the option', async () => {
  const result = await runCli(['team', 'pause', '--chanel', 'C1'], { LANG: 'nl_NL.UTF-8' }, cwd);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Onbekende optie --chanel.');
  expect(result.stderr).toContain('excellence-pulse team pause     --channel CHANNEL_ID');
  const zone = await runCli(
    ['team', 'add', '--name', 'Support', '--channel', 'C1', '--tz', 'Europe/Amsterdm'],
    { LANG: 'nl_NL.UTF-8' },
    cwd,
  );
  expect(zone.code).toBe(2);
  expect(zone.stderr).toContain('--tz verwacht een IANA-tijdzone zoals Europe/Amsterdam');
  expect(zone.stderr).toContain('kreeg “Europe/Amsterdm”');
});

it('refuses a command it does not know, and a language it does not speak, in the shell’s language', async () => {
  const unknown = await runCli(['tema'], { LANG: 'nl_NL.UTF-8' }, cwd);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Onbekende opdracht “tema”.');
  const german = await runCli(['help', '--language', 'de'], { LANG: 'en_US.UTF-8' }, cwd);
  expect(german.code).toBe(2);
  expect(german.stderr).toContain('--language takes en or nl; got "de".');
});

it('speaks English where the shell names no language it knows', async () => {
  const result = await runCli(['backup'], { LANG: 'C.UTF-8' }, cwd);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Usage: excellence-pulse backup <file>');
  const dutch = await runCli(['backup'], { LANG: 'C.UTF-8', LC_MESSAGES: 'nl_NL.UTF-8' }, cwd);
  expect(dutch.stderr).toContain('Gebruik: excellence-pulse backup <bestand>');
});

it('confirms what a command did in the admin’s language too', async () => {
  const env = { DATABASE_URL: 'file:./data/confirm.db', LANG: 'nl_NL.UTF-8' };
  expect((await runCli(['migrate'], env, cwd)).stdout).toMatch(/^Toegepast: \d+_init/);
  expect((await runCli(['migrate'], env, cwd)).stdout).toBe('Het databaseschema is al bijgewerkt.\n');
  expect((await runCli(['migrate', '--language', 'en'], env, cwd)).stdout).toBe(
    'The database schema is up to date.\n',
  );
});
