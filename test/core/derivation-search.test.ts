import { describe, expect, it } from 'vitest';
import { findDerivation, type FigureOver, type RespondentGroup } from '../../src/core/derivation-search.ts';

const group = (id: string, respondents: number, k = 5): RespondentGroup => ({ id, respondents, k });
const figure = (id: string, ...groups: string[]): FigureOver => ({ id, groups });

describe('the derivation search finds the leaks measured in the issue', () => {
  it('hierarchy subtraction: roll-up of the parent − the parent own figure − a shown child gives the hidden child', () => {
    const groups = [group('parent', 6), group('shown', 7), group('hidden', 2)];
    const derivation = findDerivation(groups, [
      figure('heatmap parent', 'parent', 'shown', 'hidden'),
      figure('team page parent', 'parent'),
      figure('heatmap shown child', 'shown'),
    ]);
    expect(derivation).toEqual({ groups: ['hidden'], respondents: 2, k: 5 });
  });

  it('eNPS: the organisation week − the shown teams gives a hidden team of 2', () => {
    const groups = [group('a', 6), group('b', 2), group('c', 8)];
    const derivation = findDerivation(groups, [
      figure('org week', 'a', 'b', 'c'),
      figure('a', 'a'),
      figure('c', 'c'),
    ]);
    expect(derivation?.groups).toEqual(['b']);
  });

  it('the same week seen before and after another team closed gives that team of 4', () => {
    const groups = [group('a', 6), group('c', 5), group('late', 4)];
    const derivation = findDerivation(groups, [
      figure('org week, Tuesday', 'a', 'c'),
      figure('org week, Friday', 'a', 'c', 'late'),
    ]);
    expect(derivation).toEqual({ groups: ['late'], respondents: 4, k: 5 });
  });

  it('k changed between rounds: a two-round figure minus the round at k 3 gives the round that promised 5', () => {
    const groups = [group('round 1', 4, 5), group('round 2', 3, 3)];
    const derivation = findDerivation(groups, [
      figure('both rounds', 'round 1', 'round 2'),
      figure('round 2', 'round 2'),
    ]);
    expect(derivation).toEqual({ groups: ['round 1'], respondents: 4, k: 5 });
  });

  it('finds a figure that needs three others to isolate a pair', () => {
    // (x+y+a) + (b) − (a+b) = x+y: two people, only through three figures together.
    const groups = [group('x', 1), group('y', 1), group('a', 9), group('b', 9)];
    const derivation = findDerivation(groups, [
      figure('1', 'x', 'y', 'a'),
      figure('2', 'b'),
      figure('3', 'a', 'b'),
    ]);
    expect(derivation).toEqual({ groups: ['x', 'y'], respondents: 2, k: 5 });
  });

  it('a single figure under k is a derivation on its own', () => {
    expect(findDerivation([group('small', 3)], [figure('small', 'small')])?.respondents).toBe(3);
  });
});

describe('the derivation search finds nothing where nothing can be worked out', () => {
  it('teams at or over k, their sum and the organisation total', () => {
    const groups = [group('a', 5), group('b', 6), group('c', 9)];
    expect(
      findDerivation(groups, [
        figure('a', 'a'),
        figure('b', 'b'),
        figure('c', 'c'),
        figure('org', 'a', 'b', 'c'),
      ]),
    ).toBeNull();
  });

  it('a hidden team only inside a total whose other part is never shown alone', () => {
    const groups = [group('a', 6), group('b', 2), group('c', 8)];
    expect(findDerivation(groups, [figure('org', 'a', 'b', 'c'), figure('a', 'a')])).toBeNull();
  });

  it('two hidden teams that are only ever seen together, at least k people between them', () => {
    const groups = [group('a', 6), group('b', 2), group('c', 3)];
    expect(findDerivation(groups, [figure('org', 'a', 'b', 'c'), figure('a', 'a')])).toBeNull();
  });

  it('a difference of two figures that spans k people (the change of a shown team is not a leak)', () => {
    const groups = [group('w1', 5), group('w2', 5)];
    expect(findDerivation(groups, [figure('w1', 'w1'), figure('w2', 'w2')])).toBeNull();
  });
});
