import type { TargetRef } from '../model/keys.ts';

/** One string per target, e.g. `element:culture`; used as a map key. */
export function targetId(target: TargetRef): string {
  return `${target.kind}:${target.key}`;
}
