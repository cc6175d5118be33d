import { describe, expect, it } from 'vitest';
import { isPulseError } from '../../src/errors.ts';
import { validateContentBank } from '../../src/model/index.ts';
import { editableBank } from './helpers.ts';

/** The content_invalid message for `bank`, or a failure when it validates. */
function problemsOf(bank: unknown): string {
  try {
    validateContentBank(bank, 'Test bank');
  } catch (error) {
    if (isPulseError(error, 'content_invalid')) return error.message;
    throw error;
  }
  throw new Error('expected the bank to be rejected');
}

describe('validateContentBank', () => {
  it('accepts the built-in bank', () => {
    expect(validateContentBank(editableBank()).statements.length).toBeGreaterThan(97);
  });

  it('rejects a duplicate statement id and says where both are', () => {
    const bank = editableBank();
    const copy = { ...bank.statements[1]!, id: bank.statements[0]!.id };
    bank.statements[1] = copy;
    expect(problemsOf(bank)).toContain(`statements[1].id: duplicate id "${copy.id}" (also statements[0])`);
  });

  it('rejects a duplicate nudge id', () => {
    const bank = editableBank();
    bank.nudges.push({ ...bank.nudges[0]! });
    expect(problemsOf(bank)).toMatch(/nudges\[\d+\]\.id: duplicate id/);
  });

  it('rejects a missing translation, naming the field', () => {
    const bank = editableBank();
    const wording = bank.statements[3]!.text.employee!;
    delete (wording as Partial<typeof wording>).nl;
    expect(problemsOf(bank)).toContain('statements[3].text.employee.nl: is missing');
  });

  it('rejects a missing nudge translation', () => {
    const bank = editableBank();
    const text = bank.nudges[2]!.text;
    delete (text as Partial<typeof text>).nl;
    expect(problemsOf(bank)).toContain('nudges[2].text.nl: is missing');
  });

  it.each([
    ['element', 'customer-happiness'],
    ['trait', 'charming'],
    ['value', 'fast'],
  ] as const)('rejects a reference to an unknown %s', (kind, key) => {
    const bank = editableBank();
    const index = bank.statements.findIndex((s) => s.target.kind === kind);
    bank.statements[index] = { ...bank.statements[index]!, target: { kind, key } };
    expect(problemsOf(bank)).toContain(`statements[${index}].target.key: unknown ${kind} "${key}"`);
  });

  it('rejects a nudge aimed at an unknown element', () => {
    const bank = editableBank();
    bank.nudges[0] = { ...bank.nudges[0]!, target: { kind: 'element', key: 'nope' } };
    expect(problemsOf(bank)).toContain('nudges[0].target.key: unknown element "nope"');
  });

  it('rejects a statement over 140 characters and gives its length', () => {
    const bank = editableBank();
    bank.statements[5]!.text.employee!.en = 'x'.repeat(141);
    expect(problemsOf(bank)).toContain('statements[5].text.employee.en: is 141 characters; the limit is 140');
  });

  it('rejects a bank that leaves a checklist item without a statement', () => {
    const bank = editableBank();
    bank.statements = bank.statements.filter((s) => s.source !== '6.3');
    expect(problemsOf(bank)).toContain('statements: no statement for checklist item 6.3');
  });

  it('rejects a bank that leaves an element without an employee statement in one phase', () => {
    const bank = editableBank();
    bank.statements = bank.statements.map((s) =>
      s.target.key === 'monitoring' && s.phase === 'design' ? { ...s, phase: 'implementation' } : s,
    );
    expect(problemsOf(bank)).toContain(
      'statements: no employee statement for the design phase of monitoring',
    );
  });

  it('rejects a source that is not a checklist item, or belongs to another element', () => {
    const bank = editableBank();
    const [first, second] = [bank.statements[0]!, bank.statements[1]!];
    bank.statements[0] = { ...first, source: '1.12' };
    bank.statements[1] = { ...second, source: '5.1' };
    const message = problemsOf(bank);
    expect(message).toContain('statements[0].source: "1.12" is not a checklist item');
    expect(message).toContain('statements[1].source: checklist item 5.1 belongs to experience-design');
  });

  it('rejects a trait statement without a leader wording', () => {
    const bank = editableBank();
    const index = bank.statements.findIndex((s) => s.id === 'trait.friendly');
    delete bank.statements[index]!.text.leader;
    expect(problemsOf(bank)).toContain(`statements[${index}].text: a leader-trait statement needs both`);
  });

  it('rejects a value statement without a variant, and the eNPS question on the wrong scale', () => {
    const bank = editableBank();
    const value = bank.statements.findIndex((s) => s.target.kind === 'value');
    const enps = bank.statements.findIndex((s) => s.target.kind === 'enps');
    delete bank.statements[value]!.variant;
    bank.statements[enps]!.scale = 'agree5';
    const message = problemsOf(bank);
    expect(message).toContain(`statements[${value}].variant: a culture-value statement needs variant`);
    expect(message).toContain(
      `statements[${enps}].scale: the eNPS question, and only it, uses the nps11 scale`,
    );
  });

  it('rejects unknown fields', () => {
    const bank = editableBank();
    Object.assign(bank.statements[0]!, { colour: 'red' });
    expect(problemsOf(bank)).toContain('statements[0]: has unknown field(s) colour');
  });

  it('rejects a model without one of its elements', () => {
    const bank = editableBank();
    bank.elements = bank.elements.slice(1);
    expect(problemsOf(bank)).toContain('elements: is missing understanding-customers');
  });

  it('starts the message with the origin and counts the problems', () => {
    const bank = editableBank();
    bank.statements[0]!.text.employee!.en = '';
    expect(problemsOf(bank)).toMatch(
      /^Test bank has 1 problem:\n {2}- statements\[0\]\.text\.employee\.en: is empty/,
    );
  });
});
