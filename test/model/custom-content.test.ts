import { describe, expect, it } from 'vitest';
import { isPulseError } from '../../src/errors.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { writeTempFile } from './helpers.ts';

function errorOf(customFile: string): string {
  try {
    loadContentBank({ customFile });
  } catch (error) {
    if (isPulseError(error, 'content_invalid')) return error.message;
    throw error;
  }
  throw new Error('expected the content file to be rejected');
}

const NEW_STATEMENT_YAML = `
statements:
  - id: acme.uc-callback
    target: { kind: element, key: understanding-customers }
    source: "1.4"
    phase: implementation
    text:
      employee:
        en: We call every new customer back within a week to ask how it is going.
        nl: We bellen elke nieuwe klant binnen een week terug om te vragen hoe het gaat.
  - id: uc-1.3-listening
    target: { kind: element, key: understanding-customers }
    source: "1.3"
    scale: agree5
    text:
      employee:
        en: In our shop, we listen before we advise.
        nl: In onze winkel luisteren we voordat we advies geven.
nudges:
  - id: acme.nudge.coffee
    target: { kind: value, key: caring }
    audience: team
    minutes: 15
    text:
      en:
        title: Coffee round
        action: Once this week, the team has coffee together for 15 minutes.
        why: It keeps us connected.
      nl:
        title: Koffierondje
        action: Drink deze week een keer 15 minuten samen koffie.
        why: Zo blijven we verbonden.
`;

describe('custom content', () => {
  it('adds and replaces statements and nudges from YAML', () => {
    const base = loadContentBank();
    const bank = loadContentBank({ customFile: writeTempFile('acme.yaml', NEW_STATEMENT_YAML) });

    const added = bank.statements.find((s) => s.id === 'acme.uc-callback');
    expect(added).toMatchObject({ source: '1.4', phase: 'implementation', scale: 'agree5' });
    expect(added?.text.employee?.nl).toMatch(/^We bellen/);

    const replaced = bank.statements.find((s) => s.id === 'uc-1.3-listening');
    expect(replaced?.text).toEqual({
      employee: {
        en: 'In our shop, we listen before we advise.',
        nl: 'In onze winkel luisteren we voordat we advies geven.',
      },
    });
    expect(bank.statements).toHaveLength(base.statements.length + 1);
    expect(bank.statements.findIndex((s) => s.id === 'uc-1.3-listening')).toBe(
      base.statements.findIndex((s) => s.id === 'uc-1.3-listening'),
    );

    expect(bank.nudges.find((n) => n.id === 'acme.nudge.coffee')?.text.nl.title).toBe('Koffierondje');
    expect(bank.nudges).toHaveLength(base.nudges.length + 1);
  });

  it('leaves the built-in bank untouched', () => {
    loadContentBank({ customFile: writeTempFile('acme.yaml', NEW_STATEMENT_YAML) });
    const listening = loadContentBank().statements.find((s) => s.id === 'uc-1.3-listening');
    expect(listening?.text.leader).toBeDefined();
  });

  it('reads JSON and applies single translations', () => {
    const file = writeTempFile(
      'acme.json',
      JSON.stringify({
        nudges: [
          {
            id: 'nudge.uc.customer-words',
            target: { kind: 'element', key: 'understanding-customers' },
            audience: 'leader',
            minutes: 25,
            text: {
              en: { title: 'Customer words', action: 'Collect quotes for 25 minutes.', why: 'Words matter.' },
              nl: {
                title: 'Klantwoorden',
                action: 'Verzamel 25 minuten citaten.',
                why: 'Woorden doen ertoe.',
              },
            },
          },
        ],
        translations: {
          statements: [
            {
              id: 'trait.friendly',
              audience: 'employee',
              locale: 'nl',
              text: 'Mijn leidinggevende is hartelijk.',
            },
          ],
          nudges: [{ id: 'nudge.trait.friendly', locale: 'en', title: 'A chat without an agenda' }],
        },
      }),
    );
    const bank = loadContentBank({ customFile: file });
    const friendly = bank.statements.find((s) => s.id === 'trait.friendly');
    expect(friendly?.text.employee).toEqual({
      en: 'My team leader is kind and easy to approach.',
      nl: 'Mijn leidinggevende is hartelijk.',
    });
    const nudge = bank.nudges.find((n) => n.id === 'nudge.trait.friendly');
    expect(nudge?.text.en.title).toBe('A chat without an agenda');
    expect(nudge?.text.en.action).toMatch(/^This week/);
    expect(bank.nudges.find((n) => n.id === 'nudge.uc.customer-words')).toMatchObject({
      audience: 'leader',
      minutes: 25,
    });
  });

  it('names the file, the field path and the reason for a bad field', () => {
    const file = writeTempFile(
      'bad.yaml',
      `statements:
  - id: acme.one
    target: { kind: element, key: culture }
    text: { employee: { en: One, nl: Een } }
  - id: acme.two
    target: { kind: element, key: culture }
    text: { employee: { en: Two } }
`,
    );
    const message = errorOf(file);
    expect(message).toContain(file);
    expect(message).toContain('statements[1].text.employee.nl: is missing');
  });

  it('reports model errors with the path inside the file', () => {
    const file = writeTempFile(
      'refs.yaml',
      `statements:
  - id: acme.one
    target: { kind: trait, key: charming }
    text: { employee: { en: One, nl: Een }, leader: { en: I, nl: Ik } }
nudges:
  - id: acme.one
    target: { kind: element, key: mood }
    audience: team
    minutes: 5
    text: { en: { title: T, action: A, why: W }, nl: { title: T, action: A, why: W } }
translations:
  statements:
    - { id: no.such.statement, audience: employee, locale: nl, text: Hallo }
`,
    );
    const message = errorOf(file);
    expect(message).toContain(`Content file ${file}`);
    expect(message).toContain('statements[0].target.key: unknown trait "charming"');
    expect(message).toContain('nudges[0].target.key: unknown element "mood"');
  });

  it('rejects a translation for a statement that does not exist', () => {
    const file = writeTempFile(
      'translations.yaml',
      'translations:\n  statements:\n    - { id: no.such.statement, audience: employee, locale: nl, text: Hallo }\n',
    );
    expect(errorOf(file)).toContain(
      'translations.statements[0].id: no statement with id "no.such.statement"',
    );
  });

  it('rejects a replacement that would leave a checklist item without a statement', () => {
    const base = loadContentBank();
    const only = base.statements.filter((s) => s.source === '9.8');
    const file = writeTempFile(
      'drop.json',
      JSON.stringify({ statements: only.map(({ source: _source, ...rest }) => rest) }),
    );
    expect(errorOf(file)).toContain('no statement for checklist item 9.8');
  });

  it('rejects a statement over the length limit, an unknown locale and an unknown field', () => {
    const file = writeTempFile(
      'long.json',
      JSON.stringify({
        statements: [
          {
            id: 'acme.long',
            target: { kind: 'element', key: 'culture' },
            text: { employee: { en: 'y'.repeat(150), nl: 'Kort.', de: 'Kurz.' } },
            weight: 2,
          },
        ],
      }),
    );
    const message = errorOf(file);
    expect(message).toContain('statements[0].text.employee.en: is 150 characters; the limit is 140');
    expect(message).toContain('statements[0].text.employee: has unknown field(s) de');
    expect(message).toContain('statements[0]: has unknown field(s) weight');
  });

  it('explains unreadable and malformed files', () => {
    expect(errorOf('/nonexistent/content.yaml')).toMatch(
      /Cannot read content file \/nonexistent\/content\.yaml/,
    );
    const yaml = writeTempFile('broken.yaml', 'statements: [\n  - id: x\n');
    expect(errorOf(yaml)).toMatch(new RegExp(`Content file ${yaml} is not valid YAML`));
    const json = writeTempFile('broken.json', '{ "statements": ');
    expect(errorOf(json)).toMatch(/is not valid JSON/);
  });

  it('accepts an empty file as "no changes"', () => {
    const bank = loadContentBank({ customFile: writeTempFile('empty.yaml', '') });
    expect(bank.statements).toHaveLength(loadContentBank().statements.length);
  });
});
