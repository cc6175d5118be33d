import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/model/keys.ts';
import { cardProblems } from '../../adapters/teams/render/card-checks.ts';
import { renderCard } from '../../adapters/teams/render/render-card.ts';
import { HANDLED_VERBS, parseExecuteTap, VERB } from '../../adapters/teams/render/verbs.ts';
import { TOKEN } from '../slack/fixtures.ts';
import { documents, nodesOfType } from './cards-fixtures.ts';
import { parserEvents } from './support/card-parser.ts';

describe.each(LOCALES)('Adaptive Cards in %s', (locale) => {
  it.each(Object.entries(documents(locale)))(
    '%s parses with zero events and passes the extra checks',
    (_, doc) => {
      const { card } = renderCard(doc);
      expect(parserEvents(card)).toEqual([]);
      expect(cardProblems(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      expect(card.fallbackText.length).toBeGreaterThan(0);
      for (const action of nodesOfType(card, 'Action.Execute')) expect(HANDLED_VERBS).toContain(action.verb);
    },
  );
});

describe('the checks can fail', () => {
  it('run in Node, with no DOM', () => {
    expect(typeof globalThis.document).toBe('undefined');
    expect(typeof globalThis.window).toBe('undefined');
  });

  it('the official parser reports an unknown element and a duplicate id', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Frobnicator' }, { type: 'Input.Text', id: 'x' }, { type: 'Input.Text', id: 'x' }],
    };
    expect(parserEvents(bad)).toEqual([
      expect.stringMatching(/^UnknownElementType/),
      expect.stringMatching(/^DuplicateId/),
    ]);
  });

  it('cardProblems catches what the parser lets through: no version, Execute before 1.4, a verb nobody handles', () => {
    const execute = (verb: string) => ({ type: 'Action.Execute', title: 'Go', verb });
    const noVersion = { type: 'AdaptiveCard', body: [], actions: [execute(VERB.answer)] };
    expect(parserEvents(noVersion)).toEqual([]);
    expect(cardProblems(noVersion)).toEqual([
      'version is undefined, expected 1.5',
      '$.actions[0]: Action.Execute needs card version 1.4 or later',
    ]);
    const old = {
      type: 'AdaptiveCard',
      version: '1.3',
      body: [{ type: 'ActionSet', actions: [execute('launch')] }],
    };
    expect(cardProblems(old)).toEqual([
      'version is 1.3, expected 1.5',
      '$.body[0].actions[0]: Action.Execute needs card version 1.4 or later',
      '$.body[0].actions[0]: verb "launch" is not one the bot handles',
    ]);
  });
});

describe('taps the bot does not take', () => {
  it('refuses unknown verbs and forged or malformed data', () => {
    expect(parseExecuteTap('settings.delete-everything', {})).toBeUndefined();
    expect(parseExecuteTap(VERB.answer, { t: TOKEN, s: 'enps', v: 11 })).toBeUndefined();
    expect(parseExecuteTap(VERB.answer, { t: '', s: 'enps', v: 3 })).toBeUndefined();
    expect(parseExecuteTap(VERB.nudgeDidThis, { p: 42 })).toBeUndefined();
    expect(parseExecuteTap(VERB.comment, { t: TOKEN, comment: 'x'.repeat(2001) })).toBeUndefined();
    expect(parseExecuteTap(undefined, undefined)).toBeUndefined();
  });
});
