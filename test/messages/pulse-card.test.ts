import { describe, expect, it } from 'vitest';
import { buildPulseCard, type PulseCardInput } from '../../src/messages/index.ts';

const base: PulseCardInput = {
  locale: 'en',
  roundId: 'round-1',
  token: 'tok-123',
  k: 5,
  closesAt: new Date('2026-03-30T15:00:00Z'),
  timeZone: 'Europe/Amsterdam',
  state: 'open',
  items: [
    { statementId: 'uc-1.4-needs', text: 'We know what our customers need.', scale: 'agree5' },
    { statementId: 'trait.friendly', text: 'My team leader is friendly.', scale: 'agree5' },
    { statementId: 'vs-2.1-vision', text: 'Our vision is about customers.', scale: 'agree5' },
    { statementId: 'enps', text: 'How likely are you to recommend us?', scale: 'nps11' },
  ],
};

describe('pulse card', () => {
  it('starts a new round at 0 of N, with six options per statement and eleven for eNPS', () => {
    const card = buildPulseCard(base);
    expect(card.progress).toEqual({ answered: 0, total: 4, label: '0 of 4 answered' });
    expect(card.items.map((item) => item.options.length)).toEqual([6, 6, 6, 11]);
    expect(card.items[0]?.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, null]);
    expect(card.items[0]?.options.at(-1)?.label).toMatch(/don't know/i);
    expect(card.items[3]?.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(card.items[3]?.anchors).toEqual({ low: 'Not at all likely', high: 'Extremely likely' });
    expect(card.items[0]).not.toHaveProperty('selected');
    expect(card).toMatchObject({ kind: 'pulse-card', state: 'open', roundId: 'round-1', token: 'tok-123' });
    expect(card).not.toHaveProperty('banner');
  });

  it('counts what the person has answered, "don\'t know" included', () => {
    const card = buildPulseCard({
      ...base,
      items: base.items.map((item, i) =>
        i === 0 ? { ...item, selected: 4 } : i === 1 ? { ...item, selected: null } : item,
      ),
    });
    expect(card.progress.label).toBe('2 of 4 answered');
    expect(card.items[0]?.selected).toBe(4);
    expect(card.items[1]?.selected).toBeNull();
  });

  it('thanks the person once everything is answered', () => {
    const card = buildPulseCard({ ...base, items: base.items.map((item) => ({ ...item, selected: 5 })) });
    expect(card.progress.label).toBe('All done. Thank you!');
  });

  it('refuses an answer that is not on the scale', () => {
    expect(() => buildPulseCard({ ...base, items: [{ ...base.items[0]!, selected: 7 }] })).toThrow(/agree5/);
  });

  it('shows the closing time in the person’s own time zone', () => {
    expect(buildPulseCard(base).closesLabel).toBe('Closes Monday 30 March at 17:00');
    expect(buildPulseCard({ ...base, timeZone: 'America/New_York' }).closesLabel).toBe(
      'Closes Monday 30 March at 11:00',
    );
    expect(buildPulseCard({ ...base, locale: 'nl' }).closesLabel).toBe('Sluit op maandag 30 maart om 17:00');
  });

  it('promises anonymity with the round’s k', () => {
    expect(buildPulseCard({ ...base, k: 7 }).privacyLine).toContain('at least 7 people');
    expect(buildPulseCard({ ...base, locale: 'nl', k: 7 }).privacyLine).toContain('minstens 7 mensen');
  });

  it('shows a banner once the round has closed', () => {
    const card = buildPulseCard({ ...base, state: 'closed' });
    expect(card.state).toBe('closed');
    expect(card.banner).toBe('This round has closed. Thanks for taking part!');
    expect(card.closesLabel).toBe('Closed on Monday 30 March at 17:00');
  });

  it('marks a reminder with a banner', () => {
    expect(buildPulseCard({ ...base, reminder: true }).banner).toMatch(/reminder/i);
    expect(buildPulseCard({ ...base, locale: 'nl', reminder: true }).banner).toMatch(/herinnering/);
  });

  it('speaks Dutch to a Dutch reader, and English to anyone else', () => {
    const nl = buildPulseCard({ ...base, locale: 'nl-NL' });
    expect(nl.locale).toBe('nl');
    expect(nl.items[0]?.options[3]?.label).toBe('Eens');
    expect(nl.labels.addComment).toBe('Opmerking toevoegen');
    expect(buildPulseCard({ ...base, locale: 'fr' }).title).toBe('Your team pulse');
  });
});
