import { systemClock } from '../app/clock.ts';
import { loadAppConfig, type AppConfig } from '../compose/platforms.ts';
import { commandLineLanguage } from '../config/cli-language.ts';
import { engineKeys } from '../config/encryption-keys.ts';
import { isPulseError } from '../errors.ts';
import { t } from '../messages/i18n/translate.ts';
import { refusalText } from '../messages/refusals.ts';
import { createLogger } from '../logging/logger.ts';
import { engineSettings } from '../main.ts';
import { openStore } from '../store/database.ts';
import { say, type AdminIo } from './command-io.ts';
import type { CommandIo } from './content-command.ts';
import { takeLanguageOption } from './language-option.ts';
import { runStart } from './start-command.ts';

export type CliIo = CommandIo;

const USAGE = `Usage: excellence-pulse <command>

Commands:
  start              run the bot (HTTP server, scheduler, chat adapters)
  migrate            apply pending database migrations and exit
  backup <file>      copy the SQLite database to a new file while the bot runs
  content export     print the content bank (--json, or --format csv)
  simulate           run the engine over a synthetic organisation (--help for options)
  demo               fill the local demo with twelve weeks of history, then start
                     (--reset starts the demo over from empty)
  team               add teams (a channel each), list them, assign leaders and HR; change a
                     team's schedule, pause, resume or remove it, send or close its round now
  person             a person's data: export it (access) or erase it (on request), remove them
  holidays           the organisation's public holidays (a country or region), or a person's own
  help               show this text

Configuration comes from environment variables (and an optional .env file);
see the README for the list. Messages are in the language of LANG (or
LC_ALL), English or Dutch; --language en|nl with any command chooses one.`;

type Command = (args: string[], config: AppConfig, io: AdminIo) => Promise<number>;

// Each command other than start loads its module when it runs: a running bot never needs the
// simulation, the content export or the schema engine, and would otherwise keep them in memory.

const COMMANDS: Record<string, Command> = {
  start: async (_args, config) => runStart(config, createLogger(config.LOG_LEVEL)),
  content: async (args, config, io) => {
    const { runContentCommand } = await import('./content-command.ts');
    return runContentCommand(args, io, config.CONTENT_FILE ? { contentFile: config.CONTENT_FILE } : {});
  },
  simulate: async (args, _config, io) => (await import('./simulate-command.ts')).runSimulateCommand(args, io),
  demo: async (args, config, io) => {
    const { DEMO_USAGE, parseDemoArgs, prepareDemo } = await import('./demo-command.ts');
    if (args.includes('--help')) {
      io.stdout(DEMO_USAGE);
      return 0;
    }
    const options = parseDemoArgs(args);
    const log = createLogger(config.LOG_LEVEL);
    const store = await openStore({ url: config.DATABASE_URL });
    try {
      const settings = engineSettings(config, `http://${config.HOST}:${config.PORT}`);
      io.stdout(await prepareDemo(store.db, settings, log, systemClock.now(), options));
    } finally {
      await store.close();
    }
    return runStart(config, log);
  },
  team: async (args, config, io) => {
    const operations = await import('./team-operations-command.ts');
    const { runTeamCommand } = await import('./team-command.ts');
    const store = await openStore({ url: config.DATABASE_URL });
    try {
      if ((operations.TEAM_OPERATIONS as readonly string[]).includes(args[0] ?? '')) {
        const { loadContentBank } = await import('../model/index.ts');
        // What opening a round needs (send-now): the content and the engine's settings; the running bot sends.
        const ctx = {
          db: store.db,
          clock: systemClock,
          bank: loadContentBank(config.CONTENT_FILE ? { customFile: config.CONTENT_FILE } : {}),
          settings: engineSettings(config, `http://${config.HOST}:${config.PORT}`),
          log: createLogger(config.LOG_LEVEL),
        };
        return await operations.runTeamOperation(args, ctx, io);
      }
      return await runTeamCommand(args, store.db, io);
    } finally {
      await store.close();
    }
  },
  person: async (args, config, io) => {
    const store = await openStore({ url: config.DATABASE_URL });
    try {
      const { runPersonCommand } = await import('./person-command.ts');
      // ENCRYPTION_KEY (and the earlier keys) open the return addresses of comments that allow replies,
      // for the export and erasure.
      const settings = engineKeys(config);
      return await runPersonCommand(args, { db: store.db, clock: systemClock, settings }, io);
    } finally {
      await store.close();
    }
  },
  holidays: async (args, config, io) => {
    const store = await openStore({ url: config.DATABASE_URL });
    try {
      const { runHolidaysCommand } = await import('./holidays-command.ts');
      return await runHolidaysCommand(args, { db: store.db, clock: systemClock }, io);
    } finally {
      await store.close();
    }
  },
  backup: async (args, config, io) =>
    (await import('./backup-command.ts')).runBackupCommand(args, config.DATABASE_URL, io),
  migrate: async (_args, config, io) => {
    const { applyMigrations } = await import('../store/migrations.ts');
    const applied = await applyMigrations(config.DATABASE_URL);
    io.stdout(
      applied.length
        ? say(io, 'cli.migrate.applied', { migrations: applied.join(', ') })
        : say(io, 'cli.migrate.up-to-date'),
    );
    return 0;
  },
};

/**
 * The command line; returns the exit code. Errors meant for people are
 * printed plainly, in the admin's language (`commandLineLanguage`).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { args: words, language } = takeLanguageOption(argv);
  const [name = 'help', ...args] = words;
  let locale = commandLineLanguage(undefined);
  try {
    locale = commandLineLanguage(language);
    if (name === 'help' || name === '--help' || name === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
      io.stderr(t(locale, 'refusal.cli.command-unknown', { command: name, usage: USAGE }));
      return 2;
    }
    return await command(args, loadAppConfig(), { ...io, locale });
  } catch (error) {
    if (isPulseError(error)) {
      io.stderr(`excellence-pulse: ${error.words ? refusalText(error.words, locale) : error.message}`);
      return error.code === 'usage' ? 2 : 1;
    }
    throw error;
  }
}
