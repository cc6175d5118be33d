import { describe, expect, it } from 'vitest';
import {
  chooseNudge,
  evaluateNudgeEffect,
  type NudgeOption,
  type TargetStanding,
} from '../../src/core/index.ts';

const el = (key: string) => ({ kind: 'element', key }) as const;
const nudge = (id: string, key: string, audience: 'team' | 'leader' = 'team'): NudgeOption => ({
  id,
  target: el(key),
  audience,
});

const now = new Date('2026-06-01T09:00:00Z');
const weeksAgo = (weeks: number) => new Date(now.getTime() - weeks * 7 * 24 * 3600 * 1000);

const nudges = [
  nudge('listen-1', 'understanding-customers'),
  nudge('listen-2', 'understanding-customers'),
  nudge('culture-1', 'culture'),
  nudge('culture-2', 'culture'),
  nudge('culture-lead', 'culture', 'leader'),
];
const standings: TargetStanding[] = [
  { target: el('understanding-customers'), score: 61, change: { difference: -2, beyondNoise: false } },
  { target: el('culture'), score: 48 },
  { target: el('monitoring'), score: null },
];

describe('chooseNudge', () => {
  it('aims at the weakest target', () => {
    expect(chooseNudge({ nudges, standings, posted: [], now, seed: 's' })).toMatchObject({
      target: el('culture'),
      reason: 'weakest',
    });
  });

  it('aims first at a target that fell beyond noise', () => {
    const fell: TargetStanding[] = [
      { target: el('understanding-customers'), score: 61, change: { difference: -14, beyondNoise: true } },
      { target: el('culture'), score: 48 },
    ];
    expect(chooseNudge({ nudges, standings: fell, posted: [], now, seed: 's' })).toMatchObject({
      target: el('understanding-customers'),
      reason: 'falling',
    });
  });

  it('never repeats a nudge within eight weeks, and moves on when a target has none left', () => {
    const posted = [
      { nudgeId: 'culture-1', postedAt: weeksAgo(3) },
      { nudgeId: 'culture-2', postedAt: weeksAgo(7.9) },
    ];
    expect(chooseNudge({ nudges, standings, posted, now, seed: 's' })?.target).toEqual(
      el('understanding-customers'),
    );
    const later = [{ nudgeId: 'culture-2', postedAt: weeksAgo(8) }, posted[0]!];
    expect(chooseNudge({ nudges, standings, posted: later, now, seed: 's' })?.nudgeId).toBe('culture-2');
  });

  it('prefers nudges teams did over ones they found not for them', () => {
    const feedback = [
      { nudgeId: 'culture-1', didThis: 1, notForUs: 6 },
      { nudgeId: 'culture-2', didThis: 9, notForUs: 1 },
    ];
    expect(chooseNudge({ nudges, standings, posted: [], feedback, now, seed: 's' })?.nudgeId).toBe(
      'culture-2',
    );
    const ownNo = [{ nudgeId: 'culture-2', postedAt: weeksAgo(20), feedback: 'not-for-us' as const }];
    expect(chooseNudge({ nudges, standings, posted: ownNo, feedback, now, seed: 's' })?.nudgeId).toBe(
      'culture-1',
    );
  });

  it('is deterministic, and picks leader nudges for leaders', () => {
    const a = chooseNudge({ nudges, standings, posted: [], now, seed: 'x' });
    expect(chooseNudge({ nudges: [...nudges].reverse(), standings, posted: [], now, seed: 'x' })).toEqual(a);
    expect(chooseNudge({ nudges, standings, posted: [], now, seed: 'x', audience: 'leader' })?.nudgeId).toBe(
      'culture-lead',
    );
  });

  it('returns nothing when every figure is suppressed', () => {
    const hidden = [{ target: el('culture'), score: null }];
    expect(chooseNudge({ nudges, standings: hidden, posted: [], now, seed: 's' })).toBeNull();
  });
});

describe('evaluateNudgeEffect', () => {
  const postedAt = weeksAgo(5);

  it('waits four weeks', () => {
    const effect = evaluateNudgeEffect({
      postedAt: weeksAgo(3),
      now,
      before: { score: 40, standardError: 2 },
      after: { score: 60, standardError: 2 },
    });
    expect(effect).toEqual({ effect: 'pending' });
  });

  it('reports up, down or flat against noise', () => {
    const before = { score: 50, standardError: 3 };
    expect(evaluateNudgeEffect({ postedAt, now, before, after: { score: 62, standardError: 3 } })).toEqual({
      effect: 'up',
      difference: 12,
    });
    expect(
      evaluateNudgeEffect({ postedAt, now, before, after: { score: 40, standardError: 3 } }).effect,
    ).toBe('down');
    expect(
      evaluateNudgeEffect({ postedAt, now, before, after: { score: 53, standardError: 3 } }).effect,
    ).toBe('flat');
  });

  it('is unknown when a figure is suppressed', () => {
    expect(
      evaluateNudgeEffect({ postedAt, now, before: null, after: { score: 62, standardError: 3 } }),
    ).toEqual({
      effect: 'unknown',
    });
  });
});
