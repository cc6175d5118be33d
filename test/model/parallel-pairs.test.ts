import { describe, expect, it } from 'vitest';
import { isParallelPair, loadContentBank, type Statement } from '../../src/model/index.ts';

const bank = loadContentBank();
const statement = (id: string): Statement => {
  const found = bank.statements.find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
};

describe('parallel pairs', () => {
  it('pairs a statement both audiences answer about how things are', () => {
    expect(isParallelPair(statement('trait.friendly'))).toBe(true);
    expect(isParallelPair(statement('uc-1.2-input'))).toBe(true);
    expect(isParallelPair(statement('value.caring.current'))).toBe(true);
  });

  it('pairs nothing a leader alone answers, nor what the team wants more of', () => {
    expect(isParallelPair(statement('vs-2.4-customers-involved'))).toBe(false);
    expect(isParallelPair(statement('value.caring.desired'))).toBe(false);
  });

  it("asks the leader about their team members' own doing where the employee speaks of their own", () => {
    for (const id of [
      'ee-6.6-learn',
      'ee-6.7-use-room',
      'ee-6.11-follow-up',
      'vs-2.4-staff-involved',
      'cu-4.2-staff',
    ]) {
      expect(statement(id).text.leader?.en, id).toMatch(/^My team members /);
      expect(statement(id).text.leader?.nl, id).toMatch(/^Mijn teamleden /);
    }
  });

  it('asks the employee about their own leader where the leader speaks of themself', () => {
    const onboarding = statement('ee-6.4-leaders');
    expect(onboarding.text.employee?.nl).toMatch(/^Mijn leidinggevende /);
    expect(onboarding.text.leader?.nl).toMatch(/^Ik /);
  });
});
