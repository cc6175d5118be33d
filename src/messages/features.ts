import type { Feature } from './types.ts';

/** Every feature a text may point to; a platform's reach must say how to get to each. */
export const FEATURES = [
  'settings',
  'dashboard',
  'pause',
  'resume',
  'language',
  'hours',
  'privacy',
  'export',
  'erase',
  'report',
  'help',
  'action',
] as const satisfies readonly Feature[];

export function isFeature(name: string): name is Feature {
  return (FEATURES as readonly string[]).includes(name);
}
