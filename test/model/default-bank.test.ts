import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  ELEMENT_KEYS,
  FACET_KEYS,
  LOCALES,
  MATURITY_LEVELS,
  PHASES,
  STATEMENT_MAX_LENGTH,
  TRAIT_KEYS,
  VALUE_KEYS,
  loadContentBank,
  statementAudiences,
  statementElement,
} from '../../src/model/index.ts';

const bank = loadContentBank();

/** Expected checklist ids, worked out here rather than taken from the code under test. */
function expectedChecklistIds(): string[] {
  const ids: string[] = [];
  for (let block = 1; block <= 8; block += 1)
    for (let item = 1; item <= 11; item += 1) ids.push(`${block}.${item}`);
  for (let item = 1; item <= 9; item += 1) ids.push(`9.${item}`);
  return ids;
}

describe('the built-in content bank', () => {
  it('has a statement for every one of the 97 checklist items', () => {
    const expected = expectedChecklistIds();
    expect(expected).toHaveLength(97);
    const sources = new Set(bank.statements.map((s) => s.source));
    expect(expected.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('tags checklist statements with an item of their own element', () => {
    for (const statement of bank.statements.filter((s) => s.source !== undefined)) {
      const block = Number(statement.source?.split('.')[0]);
      expect(statementElement(statement), statement.id).toBe(ELEMENT_KEYS[block - 1]);
    }
  });

  it("asks every element to its team in all three of INK's phases, and tags every element statement", () => {
    const tally = Object.fromEntries(
      ELEMENT_KEYS.map((element) => {
        const asked = bank.statements.filter(
          (s) => s.target.kind === 'element' && s.target.key === element && s.text.employee,
        );
        expect(asked.filter((s) => s.phase === undefined).map((s) => s.id)).toEqual([]);
        return [element, PHASES.map((phase) => asked.filter((s) => s.phase === phase).length)];
      }),
    );
    // design / implementation / evaluation, employee wordings only
    expect(tally).toEqual({
      'understanding-customers': [5, 10, 1],
      'vision-strategy': [8, 3, 1],
      leadership: [1, 15, 2],
      culture: [4, 4, 2],
      'experience-design': [9, 8, 2],
      'employee-engagement': [4, 9, 3],
      'processes-structure': [4, 8, 1],
      monitoring: [2, 8, 3],
      innovation: [1, 13, 2],
    });
  });

  it('tags as evaluation only statements about checking and adjusting', () => {
    const retagged = [
      'in-9.9-regular',
      'mo-8.10-celebrate',
      'ps-7.10-same-experience',
      'uc-1.6-relationship',
    ];
    for (const id of retagged)
      expect(bank.statements.find((s) => s.id === id)?.phase, id).toBe('implementation');
    expect(bank.statements.find((s) => s.id === 'cu-4.11-strengths')?.phase).toBe('implementation');
    expect(bank.statements.find((s) => s.id === 'mo-8.1-links')?.phase).toBe('design');
  });

  it('describes all nine elements in checklist order, with both numberings', () => {
    expect(bank.elements.map((e) => e.key)).toEqual([...ELEMENT_KEYS]);
    expect(bank.elements.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(bank.elements.map((e) => e.figureNumber)).size).toBe(9);
    expect(bank.elements.find((e) => e.key === 'experience-design')?.figureNumber).toBe(1);
  });

  it('describes all traits, facets, values and levels', () => {
    expect(bank.traits.map((t) => t.key)).toEqual([...TRAIT_KEYS]);
    expect(bank.facets.map((f) => f.key)).toEqual([...FACET_KEYS]);
    expect(bank.values.map((v) => v.key)).toEqual([...VALUE_KEYS]);
    for (const facet of FACET_KEYS) expect(bank.values.filter((v) => v.facet === facet)).toHaveLength(4);
    expect(bank.levels.map((l) => l.key)).toEqual([...MATURITY_LEVELS]);
  });

  it('asks each trait as one statement with an employee and a leader wording', () => {
    for (const trait of TRAIT_KEYS) {
      const statement = bank.statements.find((s) => s.id === `trait.${trait}`);
      expect(statement?.target).toEqual({ kind: 'trait', key: trait });
      expect(statement && statementAudiences(statement)).toEqual(['employee', 'leader']);
      expect(statement?.text.employee?.en).toMatch(/^My team leader /);
      expect(statement?.text.employee?.nl).toMatch(/^Mijn leidinggevende /);
      expect(statement?.text.leader?.en).toMatch(/^I('m)? /);
      expect(statement?.text.leader?.nl).toMatch(/^Ik /);
    }
  });

  it('asks each culture value as it is today and as it should be', () => {
    for (const value of VALUE_KEYS) {
      for (const variant of ['current', 'desired'] as const) {
        const statement = bank.statements.find((s) => s.id === `value.${value}.${variant}`);
        expect(statement?.target).toEqual({ kind: 'value', key: value });
        expect(statement?.variant).toBe(variant);
      }
    }
  });

  it('has one optional eNPS question on the 0–10 scale', () => {
    const enps = bank.statements.filter((s) => s.scale === 'nps11');
    expect(enps.map((s) => s.target)).toEqual([{ kind: 'enps', key: 'enps' }]);
  });

  it('has unique, well-formed statement and nudge ids', () => {
    const ids = [...bank.statements, ...bank.nudges].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
  });

  it('words every statement in every locale, within the length limit', () => {
    for (const statement of bank.statements) {
      expect(statementAudiences(statement).length, statement.id).toBeGreaterThan(0);
      for (const audience of statementAudiences(statement)) {
        for (const locale of LOCALES) {
          const text = statement.text[audience]?.[locale] ?? '';
          expect(text.trim().length, `${statement.id} ${audience} ${locale}`).toBeGreaterThan(0);
          expect(text.length, `${statement.id} ${audience} ${locale}`).toBeLessThanOrEqual(
            STATEMENT_MAX_LENGTH,
          );
        }
      }
    }
  });

  it('never gives two audiences of a statement the same wording in different languages', () => {
    for (const statement of bank.statements) {
      for (const audience of AUDIENCES) {
        const text = statement.text[audience];
        if (text) expect(text.en, statement.id).not.toBe(text.nl);
      }
    }
  });

  it('has at least four nudges per element and one per trait and value, in every locale', () => {
    const count = (kind: string, key: string) =>
      bank.nudges.filter((n) => n.target.kind === kind && n.target.key === key).length;
    for (const element of ELEMENT_KEYS) expect(count('element', element), element).toBeGreaterThanOrEqual(4);
    for (const trait of TRAIT_KEYS) expect(count('trait', trait), trait).toBe(1);
    for (const value of VALUE_KEYS) expect(count('value', value), value).toBe(1);
    for (const nudge of bank.nudges) {
      for (const locale of LOCALES) {
        const { title, action, why } = nudge.text[locale];
        expect(
          [title, action, why].every((t) => t.trim().length > 0),
          `${nudge.id} ${locale}`,
        ).toBe(true);
      }
      expect(nudge.minutes, nudge.id).toBeGreaterThan(0);
    }
  });

  it('sends trait nudges to leaders', () => {
    expect(bank.nudges.filter((n) => n.target.kind === 'trait').every((n) => n.audience === 'leader')).toBe(
      true,
    );
  });

  it('labels the agreement scale, "don\'t know" and the eNPS anchors in both languages', () => {
    expect(bank.scaleLabels.agree5.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    for (const locale of LOCALES) {
      expect(bank.scaleLabels.dontKnow[locale]).not.toBe('');
      expect(bank.scaleLabels.nps11.low[locale]).not.toBe('');
    }
    expect(bank.levelNotice.en).toMatch(/not an INK/);
  });

  it('is cached and frozen, so no caller can change it for the others', () => {
    expect(loadContentBank()).toBe(bank);
    expect(Object.isFrozen(bank.statements)).toBe(true);
    expect(Object.isFrozen(bank.statements[0]?.text)).toBe(true);
  });
});
