import type { z } from 'zod';
import { PulseError } from '../errors.ts';

/** One problem in content: where it is (e.g. `statements[3].text.employee.nl`) and what is wrong. */
export interface ContentIssue {
  readonly path: string;
  readonly reason: string;
}

/** More issues than this would bury the first one, which is often the cause of the rest. */
const MAX_LISTED = 10;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const name = String(segment);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

function reasonOf(issue: z.core.$ZodIssue): string {
  // zod leaves `input` out when the field is absent; "expected string, received undefined" says less.
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

export function issuesFromZod(error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), reason: reasonOf(issue) }));
}

/** The error for invalid content; `origin` names the file (or the built-in bank). */
export function contentError(origin: string, issues: readonly ContentIssue[]): PulseError {
  const listed = issues
    .slice(0, MAX_LISTED)
    .map((issue) => `  - ${issue.path || '(top level)'}: ${issue.reason}`);
  const more = issues.length > MAX_LISTED ? [`  … and ${issues.length - MAX_LISTED} more`] : [];
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new PulseError('content_invalid', [`${origin} has ${count}:`, ...listed, ...more].join('\n'));
}
