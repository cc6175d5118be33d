import { describe, expect, it } from 'vitest';
import {
  FEATURES,
  helpNotice,
  notice,
  privacyNotice,
  spell,
  type NoticeKey,
} from '../../src/messages/index.ts';

/** A platform that reaches each feature by a command named after it. */
const byCommand = (feature: string) => `type ${feature}`;

const SIMPLE: readonly NoticeKey[] = [
  'paused',
  'resumed',
  'language-changed',
  'already-answered',
  'round-closed',
  'not-member',
  'forbidden',
  'answer-recorded',
  'answer-invalid',
  'link-expired',
  'not-found',
  'no-reports',
  'error',
  'erased',
];

describe('notices', () => {
  it('has a text in both languages for every simple notice', () => {
    for (const key of SIMPLE) {
      const en = notice(key as 'paused', 'en');
      const nl = notice(key as 'paused', 'nl');
      expect(en.text, key).not.toBe(nl.text);
      expect(nl.locale).toBe('nl');
    }
  });

  it('confirms a language switch in the new language', () => {
    expect(notice('language-changed', 'nl').text).toMatch(/Nederlands/);
    expect(notice('language-changed', 'en').text).toMatch(/English/);
  });

  it('warns or errs where something could not be done', () => {
    expect(notice('round-closed', 'en').tone).toBe('warning');
    expect(notice('forbidden', 'en').tone).toBe('error');
    // The notice names the feature; how to reach it is the platform's to say.
    expect(notice('paused', 'en').text).toContainEqual({ feature: 'resume' });
    expect(spell(notice('paused', 'en').text, 'en', byCommand)).toBe(
      "Your pulses are paused. I won't send you any statements until you pick them up again: type resume.",
    );
  });

  it('fills in what a notice needs', () => {
    expect(notice('comment-thanks', 'en', { k: 5, minComments: 4 }).text).toContain('at least 4 together');
    expect(notice('unknown-command', 'nl', { command: 'raport' }).text).toContain(
      '“raport” ken ik niet. Zien wat ik kan: ',
    );
    expect(notice('dashboard', 'en', { url: 'https://x.example' }).link).toEqual({
      label: 'Open the dashboard',
      url: 'https://x.example',
    });
    expect(notice('export-ready', 'nl', { url: 'https://x.example/me.json' }).link?.label).toBe(
      'Download je gegevens',
    );
    const mine = notice('my-participation', 'en', { invited: 12, answered: 9 });
    expect(mine.title).toBe('Your participation');
    expect(mine.text).toContain('Rounds you were asked to answer: 12\nRounds you answered: 9');
    expect(notice('my-participation', 'nl', { invited: 12, answered: 9 }).text).toContain(
      'Rondes die je hebt ingevuld: 9',
    );
    const settings = notice('settings', 'nl', { locale: 'en', timeZone: 'Europe/Amsterdam', paused: false });
    expect(settings.title).toBe('Je instellingen');
    expect(spell(settings.text, 'nl', byCommand)).toBe(
      'Taal: Engels\nTijdzone: Europe/Amsterdam\nPulsen: aan\n\n' +
        'Je taal wijzigen: type language. Pauzeren: type pause. Hervatten: type resume.',
    );
  });

  it('points the help to every feature a person asks for, making actions only for those who may', () => {
    for (const locale of ['en', 'nl']) {
      expect(helpNotice(locale).text).not.toContainEqual({ feature: 'action' });
      const help = helpNotice(locale, { makesActions: true });
      // Working hours are changed among the settings, so the help points there.
      for (const feature of FEATURES.filter((name) => name !== 'hours')) {
        expect(help.text, `${locale}: ${feature}`).toContainEqual({ feature });
      }
      const lines = spell(help.text, 'en', byCommand).split('\n');
      expect(
        lines.slice(1).every((line) => /^• .+: type [a-z]+$/.test(line)),
        lines.join('\n'),
      ).toBe(true);
    }
  });

  it('explains privacy in full, with k and the comment rule', () => {
    const notice = privacyNotice('en', { k: 5, minComments: 4 });
    const en = spell(notice.text, 'en', byCommand);
    expect(notice.title).toBe('How your answers are protected');
    expect(en.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(en).toContain('at least 5 people');
    expect(en).toContain('only after a round has closed');
    expect(en).toContain('at least 4 together');
    expect(en).toMatch(/token is destroyed/);
    expect(en).toMatch(/What is never stored/);
    expect(en).toMatch(/“I …” statements/);
    expect(en).toContain('For a copy: type export.');
    expect(en).toMatch(/erase/);
    const nl = spell(privacyNotice('nl', { k: 6, minComments: 5 }).text, 'nl', byCommand);
    expect(nl).toContain('minstens 6 mensen');
    expect(nl).toContain('minstens 5 tegelijk');
    expect(nl).toMatch(/vernietigd/);
  });
});
