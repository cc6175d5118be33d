import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulation/simulate.ts';
import { MATURITY_REASON_CODES } from '../../src/core/index.ts';
import { ELEMENT_KEYS, PHASES, VALUE_KEYS } from '../../src/model/keys.ts';

const REASON = new RegExp(`^(${MATURITY_REASON_CODES.join('|')})(:(${PHASES.join('|')}))?$`);

describe('simulate', () => {
  it('is deterministic for a seed, and shows small teams as suppressed', async () => {
    const options = { teams: 4, people: 30, weeks: 3, seed: 7 };
    const first = await simulate(options);
    const again = await simulate(options);
    expect(again).toEqual(first);

    expect(first.weeks.length).toBeGreaterThanOrEqual(3);
    expect(first.weeks.reduce((sum, week) => sum + week.sent, 0)).toBeGreaterThan(0);
    const small = first.teams.find((team) => team.size < 5);
    expect(small).toBeDefined();
    for (const value of Object.values(small?.elements ?? {})) expect(value).toMatch(/^hidden/);
    const large = first.teams.filter((team) => team.size >= 8);
    expect(
      large.some((team) => Object.values(team.elements).some((value) => typeof value === 'number')),
    ).toBe(true);

    // Three weeks ask each element about once: every team's level waits for phases not asked yet.
    for (const team of first.teams) {
      expect(Object.keys(team.elementLevels)).toEqual([...ELEMENT_KEYS]);
      expect(team.level).toBe('not-yet');
      const reasons = Object.values(team.heldBy).flat();
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toMatch(REASON);
    }
    expect(Object.values(small?.heldBy ?? {}).flat()).toContain('score_unknown');
    expect(large.some((team) => Object.values(team.heldBy).flat().includes('phase_unknown:evaluation'))).toBe(
      true,
    );
  });

  it('after twelve weekly rounds, the window of every team of at least k holds every phase of every element', async () => {
    const result = await simulate({ teams: 2, people: 20, weeks: 12, seed: 3 });
    for (const team of result.teams) {
      expect(team.size).toBeGreaterThanOrEqual(8);
      const missing = Object.entries(team.heldBy).flatMap(([element, reasons]) =>
        reasons
          .filter((r) => r.startsWith('phase_unknown') || r === 'score_unknown')
          .map((r) => `${element} ${r}`),
      );
      expect(missing).toEqual([]);
      // Twelve rounds hold only some of the sixteen "want more" statements: the rest say so, unranked.
      expect(team.wantsMore.window).toContain('last 12 rounds');
      expect(team.wantsMore.notAskedYet.length).toBeGreaterThan(0);
      expect(team.wantsMore.ranked.length + team.wantsMore.notAskedYet.length).toBeLessThanOrEqual(16);
      for (const value of team.wantsMore.notAskedYet) expect(team.wantsMore.ranked).not.toContain(value);
    }
  });

  it('after thirty weekly rounds, ranks what a team wants more of on all sixteen values and names the window', async () => {
    // Thirty-one weeks of a team of 20 take about a minute on a quiet machine.
    const result = await simulate({ teams: 1, people: 20, weeks: 31, seed: 3 });
    const [team] = result.teams;
    expect(team?.wantsMore.notAskedYet).toEqual([]);
    expect([...(team?.wantsMore.ranked ?? [])].sort()).toEqual([...VALUE_KEYS].sort());
    expect(team?.wantsMore.window).toMatch(/^From the team’s last 30 rounds, the 3[01] weeks up to /);
  }, 300_000);

  it('gives different people and answers for a different seed', async () => {
    const a = await simulate({ teams: 2, people: 12, weeks: 2, seed: 1 });
    const b = await simulate({ teams: 2, people: 12, weeks: 2, seed: 2 });
    expect(a.weeks.map((w) => w.answered)).not.toEqual(b.weeks.map((w) => w.answered));
  });

  it('over fourteen weeks, teams that answer more favourably stand at higher levels', async () => {
    const result = await simulate({ teams: 3, people: 30, weeks: 14, seed: 5 });
    const rank = (level: string) => ['not-yet', '*', '**', '***'].indexOf(level);
    const [favourable, middling, critical] = result.teams;
    expect(result.teams.map((t) => t.bias)).toEqual([1, 0, -1]);
    expect(rank(favourable?.level ?? '')).toBeGreaterThanOrEqual(1);
    expect(rank(favourable?.level ?? '')).toBeGreaterThanOrEqual(rank(middling?.level ?? ''));
    expect(rank(middling?.level ?? '')).toBeGreaterThanOrEqual(rank(critical?.level ?? ''));
    expect(critical?.level).toBe('not-yet');
  });
});
