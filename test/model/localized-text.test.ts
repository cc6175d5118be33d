import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContentBank, resolveLocale, statementText, textFor } from '../../src/model/index.ts';

describe('textFor', () => {
  const texts = { en: 'Agree', nl: 'Eens' };

  it('picks the locale, ignoring region and case', () => {
    expect(textFor(texts, 'nl')).toBe('Eens');
    expect(textFor(texts, 'nl-BE')).toBe('Eens');
    expect(textFor(texts, 'NL_nl')).toBe('Eens');
    expect(textFor(texts, 'en-GB')).toBe('Agree');
  });

  it('falls back to English for any other or missing locale', () => {
    expect(textFor(texts, 'de-DE')).toBe('Agree');
    expect(textFor(texts, undefined)).toBe('Agree');
    fc.assert(
      fc.property(fc.string(), (locale) => {
        expect(['en', 'nl']).toContain(resolveLocale(locale));
      }),
    );
  });

  it('works for nudge texts as well as strings', () => {
    const nudge = loadContentBank().nudges[0]!;
    expect(textFor(nudge.text, 'fr').title).toBe(nudge.text.en.title);
  });
});

describe('statementText', () => {
  it('returns the wording for an audience, or undefined when it does not receive the statement', () => {
    const statements = loadContentBank().statements;
    const benchmark = statements.find((s) => s.id === 'cu-4.9-benchmark')!;
    expect(statementText(benchmark, 'employee', 'nl')).toBeUndefined();
    expect(statementText(benchmark, 'leader', 'nl')).toMatch(/^We vergelijken/);
  });
});
