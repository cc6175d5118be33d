import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../src/messages/types.ts';
import { LOCALES, type Locale } from '../../src/model/keys.ts';
import { teamsPhrase } from '../../adapters/teams/render/feature-reach.ts';
import { truncate } from '../../adapters/teams/render/adaptive-card.ts';
import { renderCard } from '../../adapters/teams/render/render-card.ts';
import { closedCard, notice, nudgePost, orgReport, pulseCard, teamReport } from '../slack/fixtures.ts';
import { documents } from './cards-fixtures.ts';

/** The keys of a card whose strings people read. */
const SHOWN = new Set(['text', 'title', 'label', 'placeholder', 'value', 'fallbackText']);

function shownTexts(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return SHOWN.has(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((child) => shownTexts(child, key));
  if (typeof node !== 'object' || node === null) return [];
  // What a tap sends is not shown.
  return Object.entries(node).flatMap(([name, child]) => (name === 'data' ? [] : shownTexts(child, name)));
}

/** A notice's text mixed with features: as Teams spells it, the way to reach each feature included. */
function isPhrase(node: readonly unknown[]): node is Exclude<Phrase, string> {
  return node.some((part) => typeof part === 'object' && part !== null && 'feature' in part);
}

function documentStrings(node: unknown, locale: Locale = 'en'): string[] {
  if (typeof node === 'string') return [node, truncate(node, 600)];
  if (Array.isArray(node) && isPhrase(node)) return [teamsPhrase(node, locale)];
  if (Array.isArray(node)) return node.flatMap((child) => documentStrings(child, locale));
  if (typeof node !== 'object' || node === null) return [];
  return Object.values(node).flatMap((child) => documentStrings(child, locale));
}

/** Marks, numbers and markdown the renderer may add around the document's words. */
const NEUTRAL = /n=|⏱️|ℹ️|⚠️|[\d\s.,:;+−±%—·→↑↓↔()“”…*_=🔒✅🔔💡🎯👋👍❌]/gu;

/** What is left of a text once the document's words (longest first) and the neutral marks are taken out. */
function leftover(text: string, words: readonly string[]): string {
  return words.reduce((rest, word) => rest.replaceAll(word, ' '), text).replace(NEUTRAL, '');
}

describe.each(LOCALES)('words in %s', (locale) => {
  it.each(Object.entries(documents(locale)))(
    '%s: every word on the card comes from the document',
    (_, doc) => {
      const words = [...new Set(documentStrings(doc, locale))]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length);
      const leftovers = shownTexts(renderCard(doc).card)
        .map((text) => leftover(text, words))
        .filter(Boolean);
      expect(leftovers).toEqual([]);
    },
  );

  it('matches the snapshots', () => {
    expect(renderCard(pulseCard(locale)).card).toMatchSnapshot('pulse card');
    expect(renderCard(closedCard(locale)).card).toMatchSnapshot('closed pulse card');
    expect(renderCard(nudgePost(locale, true)).card).toMatchSnapshot('nudge');
    expect(renderCard(teamReport(locale)).card).toMatchSnapshot('team report');
    expect(renderCard(orgReport(locale)).card).toMatchSnapshot('org report');
    expect(renderCard(notice(locale)).card).toMatchSnapshot('notice');
  });
});

describe('the words check', () => {
  it('finds a word the renderer made up', () => {
    const doc = notice('en');
    expect(leftover(`Heads up: ${doc.text} (n=12)`, documentStrings(doc))).toBe('Headsup');
  });
});
