import { describe, expect, it } from 'vitest';
import { helpNotice, notice, privacyNotice, type NoticeKey } from '../../src/messages/index.ts';

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
    expect(notice('paused', 'en').text).toContain('/pulse resume');
  });

  it('fills in what a notice needs', () => {
    expect(notice('comment-thanks', 'en', { commentK: 10 }).text).toContain('at least 10 people');
    expect(notice('unknown-command', 'nl', { command: 'raport' }).text).toContain('“raport”');
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
    expect(settings.text).toContain('Taal: Engels');
    expect(settings.text).toContain('Tijdzone: Europe/Amsterdam');
    expect(settings.text).toContain('Pulsen: aan');
  });

  it('lists every /pulse subcommand in the help', () => {
    for (const locale of ['en', 'nl']) {
      const help = helpNotice(locale);
      for (const command of [
        'help',
        'report [team]',
        'settings',
        'pause',
        'resume',
        'language en|nl',
        'privacy',
        'export',
        'dashboard',
      ]) {
        expect(help.text, `${locale}: ${command}`).toContain(`• ${command}:`);
      }
    }
  });

  it('explains privacy in full, with k and the comment k', () => {
    const en = privacyNotice('en', { k: 5, commentK: 10 });
    expect(en.title).toBe('How your answers are protected');
    expect(en.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(en.text).toContain('at least 5 people');
    expect(en.text).toContain('at least 10 people commented');
    expect(en.text).toMatch(/token is destroyed/);
    expect(en.text).toMatch(/What is never stored/);
    expect(en.text).toMatch(/“I …” statements/);
    expect(en.text).toMatch(/export/);
    expect(en.text).toMatch(/erase/);
    const nl = privacyNotice('nl', { k: 6, commentK: 12 });
    expect(nl.text).toContain('minstens 6 mensen');
    expect(nl.text).toContain('minstens 12 mensen');
    expect(nl.text).toMatch(/vernietigd/);
  });
});
