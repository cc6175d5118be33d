import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/i18n/nl.ts';
import { loadContentBank } from '../../src/model/index.ts';

/** Every Dutch text in a value: each string under an `nl` key, at any depth. */
function dutchTexts(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => dutchTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path === '' ? key : `${path}.${key}`;
    if (key !== 'nl') return dutchTexts(child, here);
    if (typeof child === 'string') return [{ path: here, text: child }];
    return Object.entries(child as Record<string, string>).map(([field, text]) => ({
      path: `${here}.${field}`,
      text,
    }));
  });
}

const bank = loadContentBank();
const everyDutchText = [
  ...dutchTexts(bank),
  ...Object.entries(nl).map(([key, text]) => ({ path: `i18n ${key}`, text })),
];
/** What an admin types as it is, in every language: the command and its options (`--workspace`). */
const TYPED = /excellence-pulse|--[\w-]+/g;
const matching = (pattern: RegExp) =>
  everyDutchText.filter(({ text }) => pattern.test(text.replace(TYPED, ''))).map(({ path }) => path);

describe('Dutch wording', () => {
  it('reads every Dutch text in the bank and the catalogue', () => {
    // A guard on the guard: the walk above must find the texts it checks.
    expect(everyDutchText.length).toBeGreaterThan(600);
  });

  it('calls the role "leidinggevende" everywhere, never "teamleider"', () => {
    expect(matching(/teamleider/i)).toEqual([]);
  });

  it('calls the model\'s term "klantbeleving", never "klantervaring" or a bare "ervaring"', () => {
    expect(matching(/\b(klant)?ervaring(en)?\b/i)).toEqual([]);
  });

  it('keeps out the English words a reviewer found in Dutch texts', () => {
    expect(matching(/\b(workspace|sheet|check-ins?|touch|frontlinie|management|speeltuin)\b/i)).toEqual([]);
    // "Excellence Pulse" is the product's name; the thing it sends is a "puls".
    expect(matching(/\bpulse\b/)).toEqual([]);
  });

  it('addresses the team as "jullie" in channel nudges, never as a single "je"', () => {
    // A quoted question is what someone says to someone else, so it may say "je".
    const unquoted = (text: string) => text.replace(/"[^"]*"/g, '""');
    const singular = bank.nudges
      .filter((nudge) => nudge.audience === 'team')
      .flatMap((nudge) => [
        { id: `${nudge.id} title`, text: nudge.text.nl.title },
        { id: `${nudge.id} action`, text: nudge.text.nl.action },
      ])
      .filter(({ text }) => /\b(je|jij|jou|jouw|jezelf)\b/i.test(unquoted(text)))
      .map(({ id }) => id);
    expect(singular).toEqual([]);
  });

  it('has channel nudges that speak to the team as "jullie" or about what the team does', () => {
    const team = bank.nudges.filter((nudge) => nudge.audience === 'team');
    const addressed = team.filter((nudge) => /\bjullie\b/i.test(nudge.text.nl.action));
    // Not every action needs a pronoun, but the rule must have something to hold.
    expect(addressed.length).toBeGreaterThan(10);
  });
});
