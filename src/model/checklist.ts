import { ELEMENT_KEYS, type ElementKey } from './keys.ts';

/**
 * Items per checklist block, in block order (block 1 is the first element).
 * Numbering follows the checklist: sub-bullets count as items, headers do not.
 */
const ITEMS_PER_BLOCK: Readonly<Record<ElementKey, number>> = {
  'understanding-customers': 11,
  'vision-strategy': 11,
  leadership: 11,
  culture: 11,
  'experience-design': 11,
  'employee-engagement': 11,
  'processes-structure': 11,
  monitoring: 11,
  innovation: 9,
};

const SOURCE_PATTERN = /^([1-9])\.([1-9][0-9]?)$/;

/** Every checklist item id, '1.1' … '9.9', in checklist order. */
export function checklistItemIds(): string[] {
  return ELEMENT_KEYS.flatMap((element, index) =>
    Array.from({ length: ITEMS_PER_BLOCK[element] }, (_, item) => `${index + 1}.${item + 1}`),
  );
}

/** The element of checklist item `source`, or undefined when no such item exists. */
export function checklistElement(source: string): ElementKey | undefined {
  const match = SOURCE_PATTERN.exec(source);
  if (match === null) return undefined;
  const element = ELEMENT_KEYS[Number(match[1]) - 1];
  if (element === undefined || Number(match[2]) > ITEMS_PER_BLOCK[element]) return undefined;
  return element;
}
