import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, FEATURES, periodLabel, t, tn, tp, type MessageKey } from '../../src/messages/index.ts';

const keys = Object.keys(CATALOGS.en) as MessageKey[];

/** Strings that are the same word in Dutch, with the reason. */
const SAME_IN_DUTCH: Readonly<Partial<Record<MessageKey, string>>> = {
  'report.column.score': '"score" is the Dutch word too',
  'report.column.trend': '"trend" is the Dutch word too',
  'report.column.team': '"team" is the Dutch word too',
  'app.name': 'the product name',
  'playground.role.hr': '"HR" is the Dutch word too',
  'dashboard.title': '"dashboard" is the Dutch word too',
  'my-data.teams': '"teams" is the Dutch word too',
  'admin-page.teams': '"teams" is the Dutch word too',
  'admin-page.role.hr': '"HR" is the Dutch word too',
  'feature.dashboard': '"dashboard" is the Dutch word too',
  'feature.privacy': '"privacy" is the Dutch word too',
  'chart.n': 'the symbol for a number of people',
  'chart.hidden.mark.below_k': 'a symbol',
  'chart.hidden.mark.comments_below_k': 'a symbol',
  'chart.score': '"score" is the Dutch word too',
  'chart.team': '"team" is the Dutch word too',
  'chart.element': '"element" is the Dutch word too',
  'chart.trend': '"trend" is the Dutch word too',
  'chart.trend.unknown': 'a dash',
  'score.basis': 'a symbol and two counted words, each translated on its own',
  'actions.column.team': '"team" is the Dutch word too',
  'actions.column.target': '"element" is the Dutch word too',
  'dashboard-actions.element': '"element" is the Dutch word too',
  'actions.column.effect': '"effect" is the Dutch word too',
  'actions.column.status': '"status" is the Dutch word too',
  'actions.status.open': '"open" is the Dutch word too',
  'csv.column.n': 'the symbol for a number of people',
  'csv.column.team': '"team" is the Dutch word too',
  'csv.section.enps': 'the name of the measure',
  'csv.section.heatmap': '"heatmap" is the Dutch word too',
  'home.enps': 'the name of the measure',
  'enps.heading': 'the name of the measure',
  'enps.group.count': 'a count and a percentage, no words',
  'language.name.en': 'each language is named in itself',
  'language.name.nl': 'each language is named in itself',
};

/** `{name}` values and `{@feature}` references, in order of name. */
const placeholders = (text: string) => [...text.matchAll(/\{(@?[\w-]+)\}/g)].map((m) => m[1]).sort();

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('UI strings', () => {
  it('has every key in English and Dutch, and nothing more', () => {
    expect(Object.keys(CATALOGS.nl).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(CATALOGS.en[key].trim(), key).not.toBe('');
      expect(CATALOGS.nl[key].trim(), key).not.toBe('');
    }
  });

  it('has the words of every refusal the bot or the command line can give, in both languages', () => {
    const code = [...filesUnder('src'), ...filesUnder('adapters')]
      .filter((file) => file.endsWith('.ts') && !file.includes(join('messages', 'i18n')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const raised = new Set([...code.matchAll(/'(refusal\.[\w.-]+)'/g)].map((match) => match[1] ?? ''));
    expect(raised.size).toBeGreaterThan(40);
    for (const key of raised) {
      expect(CATALOGS.en, key).toHaveProperty([key]);
      expect(CATALOGS.nl, key).toHaveProperty([key]);
    }
    // And no refusal is kept in the catalogues that nothing raises any more.
    expect(keys.filter((key) => key.startsWith('refusal.') && !raised.has(key))).toEqual([]);
  });

  it('translates every string, apart from words that are the same in Dutch', () => {
    const same = keys.filter((key) => CATALOGS.en[key] === CATALOGS.nl[key]);
    expect(same.sort()).toEqual(Object.keys(SAME_IN_DUTCH).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) {
      expect(placeholders(CATALOGS.nl[key]), key).toEqual(placeholders(CATALOGS.en[key]));
    }
  });

  it('points only to features a platform knows how to reach', () => {
    for (const key of keys) {
      for (const name of placeholders(CATALOGS.en[key]).filter((name) => name?.startsWith('@'))) {
        expect(FEATURES, key).toContain(name?.slice(1));
      }
    }
  });

  it('keeps a feature as a reference for the platform to spell, and refuses it in plain t()', () => {
    expect(tp('nl', 'notice.unknown-command', { command: 'raport' })).toEqual([
      '“raport” ken ik niet. Zien wat ik kan: ',
      { feature: 'help' },
      '.',
    ]);
    expect(tp('en', 'card.progress', { answered: 1, total: 2 })).toBe('1 of 2 answered');
    expect(() => t('en', 'notice.paused')).toThrow(/tp\(\)/);
  });

  it('never names a platform or its commands in neutral text', () => {
    const platformWords = /\/pulse(?![\w.-])|\bSlack\b|App Home|Home tab|tabblad Home/;
    const sources = (folder: string) => filesUnder(folder).filter((file) => file.endsWith('.ts'));
    for (const file of sources('src/messages')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(platformWords);
    }
    // The use cases' code and text; the port's own comments name the platforms that implement it.
    for (const file of sources('src/app')) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(platformWords);
    }
    for (const locale of ['en', 'nl'] as const) {
      for (const key of keys) expect(CATALOGS[locale][key], `${locale} ${key}`).not.toMatch(platformWords);
    }
  });

  it('speaks to a Dutch reader in je-vorm, never u', () => {
    for (const key of keys) {
      expect(CATALOGS.nl[key], key).not.toMatch(/\b(u|uw)\b/);
    }
  });

  it('fills placeholders and falls back to English for other languages', () => {
    expect(t('nl', 'card.progress', { answered: 2, total: 4 })).toBe('2 van 4 beantwoord');
    expect(t('nl-BE', 'card.progress', { answered: 2, total: 4 })).toBe('2 van 4 beantwoord');
    expect(t('de-DE', 'card.progress', { answered: 2, total: 4 })).toBe('2 of 4 answered');
    expect(t('en', 'report.participation', { respondents: 1200, invited: 12000, rate: 10 })).toBe(
      '1200 of 12,000 people took part (10%)',
    );
    expect(t('nl', 'report.participation', { respondents: 1200, invited: 12000, rate: 10 })).toBe(
      'Meegedaan: 1200 van de 12.000 mensen (10%)',
    );
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => t('en', 'card.privacy')).toThrow(/\{k\}/);
  });

  it('picks the plural form for the count', () => {
    expect(tn('en', 'report.people', 1)).toBe('1 person');
    expect(tn('en', 'report.people', 6)).toBe('6 people');
    expect(tn('nl', 'report.people', 1)).toBe('1 persoon');
    expect(tn('nl', 'report.people', 6)).toBe('6 mensen');
  });

  it('names weeks, months and quarters', () => {
    expect(periodLabel({ key: '2026-W47', kind: 'week' }, 'en')).toBe('Week 47, 2026');
    expect(periodLabel({ key: '2026-W47', kind: 'week' }, 'nl')).toBe('week 47, 2026');
    expect(periodLabel('2026-W53', 'en')).toBe('Week 53, 2026');
    expect(periodLabel({ key: '2026-03', kind: 'month' }, 'en')).toBe('March 2026');
    expect(periodLabel({ key: '2026-03', kind: 'month' }, 'nl')).toBe('maart 2026');
    expect(periodLabel({ key: '2026-Q1', kind: 'quarter' }, 'en')).toBe('Q1 2026');
    expect(periodLabel({ key: '2026-Q1', kind: 'quarter' }, 'nl')).toBe('1e kwartaal 2026');
  });

  it('rejects a period whose kind does not match its key', () => {
    expect(() => periodLabel({ key: '2026-03', kind: 'week' }, 'en')).toThrow(/month/);
    expect(() => periodLabel('2026-W60', 'en')).toThrow(/not a period/);
  });
});
