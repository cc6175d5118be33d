import { simulate, type SimulationOptions } from '../app/simulation/simulate.ts';
import { refusal } from '../messages/refusals.ts';
import type { CommandIo } from './content-command.ts';

const USAGE = `Usage: excellence-pulse simulate [--teams N] [--people N] [--weeks N] [--seed N] [--k N] [--db URL] [--json]

Runs the real pulse engine over a fresh SQLite store (a temp file unless
--db is given) for a synthetic organisation, and prints what happened per
week and where each team ended up. The same seed gives the same output.
Defaults: 6 teams, 80 people, 12 weeks, seed 1, k 5.`;

const NUMBERS = {
  '--teams': 'teams',
  '--people': 'people',
  '--weeks': 'weeks',
  '--seed': 'seed',
  '--k': 'k',
} as const;

function parse(args: readonly string[]): SimulationOptions & { json: boolean } {
  const options: Record<string, number | string | boolean> = {
    teams: 6,
    people: 80,
    weeks: 12,
    seed: 1,
    json: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    const value = args[i + 1];
    if (arg === '--db' && value) {
      options.db = value;
      i++;
      continue;
    }
    const name = NUMBERS[arg as keyof typeof NUMBERS];
    const number = Number(value);
    if (!name || value === undefined || !Number.isInteger(number) || number < 0) {
      throw refusal('usage', 'refusal.cli.argument-unknown', {
        argument: `${arg}${value === undefined ? '' : ` ${value}`}`,
        usage: USAGE,
      });
    }
    options[name] = number;
    i++;
  }
  if ((options.teams as number) < 1 || (options.people as number) < (options.teams as number)) {
    throw refusal('usage', 'refusal.cli.simulate-sizes', { usage: USAGE });
  }
  return options as unknown as SimulationOptions & { json: boolean };
}

export async function runSimulateCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const { json, ...options } = parse(args);
  const result = await simulate(options);
  if (json) {
    io.stdout(JSON.stringify(result, null, 2));
    return 0;
  }
  for (const week of result.weeks) {
    io.stdout(
      `${week.week}: ${week.sent} pulses sent, ${week.reminders} reminders, ${week.answered} people answered`,
    );
  }
  for (const team of result.teams) {
    const shown = Object.values(team.elements).filter((v) => typeof v === 'number').length;
    io.stdout(
      `${team.team} (${team.size} people, answers leaning ${leaning(team.bias)}): ${shown}/9 elements shown, level ${team.level}, ${team.nudges.length} nudges`,
    );
  }
  return 0;
}

/** A team's bias as a signed figure: +1.0 answers favourably, −1.0 critically. */
function leaning(bias: number): string {
  return `${bias >= 0 ? '+' : '−'}${Math.abs(bias).toFixed(1)}`;
}
