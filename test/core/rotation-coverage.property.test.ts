import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortSize, rotationStatements } from '../../src/app/open-rounds.ts';
import {
  DEFAULT_STATEMENTS_PER_PERSON,
  desiredCultureRounds,
  type RotationPerson,
} from '../../src/core/index.ts';
import { tieBreak } from '../../src/core/tie-break.ts';
import { loadContentBank, PHASES } from '../../src/model/index.ts';
import { members, runTeam } from './rotation-fixtures.ts';

// The app's setting: k = 5 locked into rounds, planned with cohorts of 1.5 k.
const K = 5;
const statements = rotationStatements(loadContentBank());
const employee = statements.filter((s) => s.audiences.includes('employee'));
const elements = [...new Set(employee.flatMap((s) => (s.target.kind === 'element' ? [s.target.key] : [])))];
const desired = employee.filter((s) => s.variant === 'desired').map((s) => s.id);
const DESIRED_ROUNDS = 30;

/** A round as the reports see it: per element, per element and phase, and per statement, the people behind the figure. */
interface RoundFigures {
  readonly element: ReadonlyMap<string, number>;
  readonly phase: ReadonlyMap<string, number>;
  readonly statement: ReadonlyMap<string, number>;
}

function figures(asked: ReadonlyMap<string, readonly string[]>, responders: readonly string[]): RoundFigures {
  const element = new Map<string, number>();
  const perStatement = new Map<string, number>();
  for (const person of responders) {
    const ids = asked.get(person) ?? [];
    const seen = new Set<string>();
    for (const id of ids) {
      perStatement.set(id, (perStatement.get(id) ?? 0) + 1);
      const s = employee.find((x) => x.id === id);
      if (s?.target.kind === 'element') seen.add(s.target.key);
    }
    for (const key of seen) element.set(key, (element.get(key) ?? 0) + 1);
  }
  // A phase stands on the most people who answered one of its statements (as in maturity-window.ts).
  const phase = new Map<string, number>();
  for (const s of employee) {
    if (s.target.kind !== 'element' || !s.phase) continue;
    const key = `${s.target.key}/${s.phase}`;
    phase.set(key, Math.max(phase.get(key) ?? 0, perStatement.get(s.id) ?? 0));
  }
  return { element, phase, statement: perStatement };
}

/** What a team's rounds show, when `responding` members, any of them, answer each round. */
interface TeamRun {
  readonly size: number;
  readonly ratePercent: number;
  readonly firstRound: number;
  readonly churn: boolean;
  readonly seed: number;
}

const teamRun = fc.record({
  size: fc.integer({ min: 5, max: 60 }),
  ratePercent: fc.integer({ min: 50, max: 100 }),
  firstRound: fc.integer({ min: 1, max: 60 }),
  churn: fc.boolean(),
  seed: fc.integer(),
});

/** At least k of the team answer every round: a team of at least k / rate members. */
function answeringAtLeastK(run: TeamRun): boolean {
  return Math.ceil((run.size * run.ratePercent) / 100) >= K;
}

function roundsOf(run: TeamRun, count: number): RoundFigures[] {
  const { size, ratePercent, firstRound, churn, seed } = run;
  const responding = Math.ceil((size * ratePercent) / 100);
  // Mid-cycle histories: each member has had a pseudo-random part of the bank.
  const history = Object.fromEntries(
    members(size).map((m, i) => [
      m.id,
      employee.map((s) => s.id).filter((id) => tieBreak(`${seed}/${i}`, id) % 3 === 0),
    ]),
  );
  let team: RotationPerson[] = [{ id: 'lead', role: 'leader' }, ...members(size)];
  const rounds: RoundFigures[] = [];
  runTeam(
    {
      statements,
      k: cohortSize(K),
      firstRound,
      rounds: count,
      history,
      seed: String(seed),
      peopleIn: (round) => {
        // With churn, each round one member leaves and a newcomer joins.
        if (churn && round > firstRound)
          team = [...team.slice(0, 1), ...team.slice(2), ...members(1, `new${round}-`)];
        return team;
      },
    },
    (plan) => {
      const asked = new Map(
        plan.people
          .filter((p) => p.personId !== 'lead')
          .map((p) => [p.personId, p.asks.map((a) => a.statementId)]),
      );
      // Every member has the anchors, so whoever answers stands behind them.
      expect(plan.anchors.length).toBeGreaterThanOrEqual(2);
      for (const ids of asked.values()) {
        expect(ids).toHaveLength(DEFAULT_STATEMENTS_PER_PERSON);
        for (const id of plan.anchors) expect(ids).toContain(id);
      }
      // Any `responding` of them answer: here those first in a seeded order.
      const order = (id: string) => tieBreak(`${seed}/${rounds.length}`, id);
      const responders = [...asked.keys()].sort((a, b) => order(a) - order(b)).slice(0, responding);
      rounds.push(figures(asked, responders));
    },
  );
  return rounds;
}

/** Every run of `length` consecutive rounds. */
function windows(rounds: readonly RoundFigures[], length: number): RoundFigures[][] {
  return Array.from({ length: Math.max(0, rounds.length - length + 1) }, (_, start) =>
    rounds.slice(start, start + length),
  );
}

describe('coverage of the model (weekly rounds, k = 5, four statements per person)', () => {
  it('with at least k respondents a round, shows every element in any 4 rounds and every phase in any 11', () => {
    fc.assert(
      fc.property(teamRun, (run) => {
        fc.pre(answeringAtLeastK(run));
        const rounds = roundsOf(run, 15);
        for (const window of windows(rounds, 4)) {
          for (const element of elements) {
            expect(window.some((r) => (r.element.get(element) ?? 0) >= K)).toBe(true);
          }
        }
        for (const window of windows(rounds, 11)) {
          for (const element of elements) {
            for (const phase of PHASES) {
              const shown = window.some(
                (r) => (r.element.get(element) ?? 0) >= K && (r.phase.get(`${element}/${phase}`) ?? 0) >= K,
              );
              expect(shown, `${element} ${phase}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 25 },
    );
    // Hundreds of plans of up to 60 people: room for a machine shared with other test files.
  }, 150_000);

  it('with at least k respondents a round, shows every desired-culture statement in any 30 rounds', () => {
    expect(desired).toHaveLength(16);
    expect(desiredCultureRounds(desired.length, elements.length, DEFAULT_STATEMENTS_PER_PERSON)).toBe(
      DESIRED_ROUNDS,
    );
    fc.assert(
      fc.property(teamRun, (run) => {
        fc.pre(answeringAtLeastK(run));
        for (const window of windows(roundsOf(run, DESIRED_ROUNDS + 3), DESIRED_ROUNDS)) {
          for (const id of desired) {
            expect(
              window.some((r) => (r.statement.get(id) ?? 0) >= K),
              id,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 8 },
    );
  }, 150_000);
});
