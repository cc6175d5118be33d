import {
  ELEMENT_KEYS,
  FACET_KEYS,
  MATURITY_LEVELS,
  PHASES,
  TRAIT_KEYS,
  VALUE_KEYS,
  type TargetKind,
  type TargetRef,
} from './keys.ts';
import { checklistElement, checklistItemIds } from './checklist.ts';
import { contentError, issuesFromZod, type ContentIssue } from './content-issues.ts';
import { DIMENSION_KEYS, type ContentBank, type Nudge } from './content-types.ts';
import { contentBankSchema } from './schema.ts';
import { statementElement, type Statement } from './statement.ts';

const TARGET_KEYS: Readonly<Record<TargetKind, readonly string[]>> = {
  element: ELEMENT_KEYS,
  trait: TRAIT_KEYS,
  value: VALUE_KEYS,
  enps: ['enps'],
};

function targetIssues(target: TargetRef, path: string): ContentIssue[] {
  if (TARGET_KEYS[target.kind].includes(target.key)) return [];
  return [{ path: `${path}.target.key`, reason: `unknown ${target.kind} "${target.key}"` }];
}

/** Checks one statement against the model; `path` locates it in the file being checked. */
export function statementIssues(statement: Statement, path: string): ContentIssue[] {
  const issues = targetIssues(statement.target, path);
  const isEnps = statement.target.kind === 'enps';
  if (isEnps !== (statement.scale === 'nps11')) {
    issues.push({ path: `${path}.scale`, reason: 'the eNPS question, and only it, uses the nps11 scale' });
  }
  const isValue = statement.target.kind === 'value';
  if (isValue !== (statement.variant !== undefined)) {
    issues.push({
      path: `${path}.variant`,
      reason: isValue
        ? "a culture-value statement needs variant 'current' or 'desired'"
        : 'only culture values have a variant',
    });
  }
  if (statement.target.kind === 'trait' && (!statement.text.employee || !statement.text.leader)) {
    issues.push({
      path: `${path}.text`,
      reason:
        'a leader-trait statement needs both an employee and a leader wording, so the two can be compared',
    });
  }
  if (statement.source !== undefined) {
    const element = checklistElement(statement.source);
    if (element === undefined) {
      issues.push({
        path: `${path}.source`,
        reason: `"${statement.source}" is not a checklist item (1.1 … 9.9)`,
      });
    } else if (element !== statementElement(statement)) {
      issues.push({
        path: `${path}.source`,
        reason: `checklist item ${statement.source} belongs to ${element}, not to this statement's target`,
      });
    }
  }
  return issues;
}

/** Checks one nudge against the model; `path` locates it in the file being checked. */
export function nudgeIssues(nudge: Nudge, path: string): ContentIssue[] {
  if (nudge.target.kind === 'enps') {
    return [{ path: `${path}.target.kind`, reason: 'a nudge aims at an element, a trait or a value' }];
  }
  return targetIssues(nudge.target, path);
}

function duplicateIdIssues(items: readonly { id: string }[], collection: string): ContentIssue[] {
  const firstIndex = new Map<string, number>();
  return items.flatMap((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return [];
    }
    return [
      {
        path: `${collection}[${index}].id`,
        reason: `duplicate id "${item.id}" (also ${collection}[${first}])`,
      },
    ];
  });
}

/** Each list of model metadata holds every key exactly once. */
function completenessIssues(
  collection: string,
  expected: readonly string[],
  actual: readonly { key: string }[],
) {
  const keys = actual.map((entry) => entry.key);
  const missing = expected.filter((key) => !keys.includes(key));
  const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
  const issues: ContentIssue[] = [];
  if (missing.length > 0) issues.push({ path: collection, reason: `is missing ${missing.join(', ')}` });
  if (repeated.length > 0)
    issues.push({ path: collection, reason: `lists ${repeated.join(', ')} more than once` });
  return issues;
}

function modelIssues(bank: ContentBank): ContentIssue[] {
  const issues = [
    ...completenessIssues('dimensions', DIMENSION_KEYS, bank.dimensions),
    ...completenessIssues('elements', ELEMENT_KEYS, bank.elements),
    ...completenessIssues('traits', TRAIT_KEYS, bank.traits),
    ...completenessIssues('facets', FACET_KEYS, bank.facets),
    ...completenessIssues('values', VALUE_KEYS, bank.values),
    ...completenessIssues('levels', MATURITY_LEVELS, bank.levels),
  ];
  bank.elements.forEach((element, index) => {
    if (element.number !== ELEMENT_KEYS.indexOf(element.key) + 1) {
      issues.push({
        path: `elements[${index}].number`,
        reason: `${element.key} is checklist block ${ELEMENT_KEYS.indexOf(element.key) + 1}`,
      });
    }
  });
  return issues;
}

/**
 * Coverage the bot relies on: every checklist item, trait and value can be
 * asked and nudged, and every element can be asked in each of its phases.
 */
function coverageIssues(bank: ContentBank): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sources = new Set(bank.statements.map((statement) => statement.source));
  for (const item of checklistItemIds()) {
    if (!sources.has(item))
      issues.push({ path: 'statements', reason: `no statement for checklist item ${item}` });
  }
  const asked = (kind: TargetKind, key: string, variant?: string) =>
    bank.statements.some(
      (s) =>
        s.target.kind === kind && s.target.key === key && (variant === undefined || s.variant === variant),
    );
  // The indicative level needs all three INK phases of an element, and team figures come from members.
  for (const element of ELEMENT_KEYS) {
    for (const phase of PHASES) {
      const found = bank.statements.some(
        (s) =>
          s.target.kind === 'element' &&
          s.target.key === element &&
          s.phase === phase &&
          s.text.employee !== undefined,
      );
      if (!found) {
        issues.push({
          path: 'statements',
          reason: `no employee statement for the ${phase} phase of ${element}`,
        });
      }
    }
  }
  for (const trait of TRAIT_KEYS) {
    if (!asked('trait', trait))
      issues.push({ path: 'statements', reason: `no statement for leader trait ${trait}` });
  }
  for (const value of VALUE_KEYS) {
    for (const variant of ['current', 'desired']) {
      if (!asked('value', value, variant)) {
        issues.push({ path: 'statements', reason: `no '${variant}' statement for culture value ${value}` });
      }
    }
  }
  const nudged = new Set(bank.nudges.map((nudge) => `${nudge.target.kind}:${nudge.target.key}`));
  const targets = [
    ...ELEMENT_KEYS.map((key) => `element:${key}`),
    ...TRAIT_KEYS.map((key) => `trait:${key}`),
    ...VALUE_KEYS.map((key) => `value:${key}`),
  ];
  for (const target of targets) {
    if (!nudged.has(target))
      issues.push({ path: 'nudges', reason: `no nudge for ${target.replace(':', ' ')}` });
  }
  return issues;
}

/**
 * Parses and checks a whole bank. Throws PulseError('content_invalid') listing
 * every problem, each with the path of the bad field and the reason.
 */
export function validateContentBank(input: unknown, origin = 'The built-in content bank'): ContentBank {
  const parsed = contentBankSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw contentError(origin, issuesFromZod(parsed.error));
  const bank: ContentBank = parsed.data;
  const issues = [
    ...modelIssues(bank),
    ...bank.statements.flatMap((statement, index) => statementIssues(statement, `statements[${index}]`)),
    ...bank.nudges.flatMap((nudge, index) => nudgeIssues(nudge, `nudges[${index}]`)),
    ...duplicateIdIssues(bank.statements, 'statements'),
    ...duplicateIdIssues(bank.nudges, 'nudges'),
    ...coverageIssues(bank),
  ];
  if (issues.length > 0) throw contentError(origin, issues);
  return bank;
}
