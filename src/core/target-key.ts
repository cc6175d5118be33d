import { TARGET_KINDS, type TargetRef } from '../model/keys.ts';

/** One string per target, e.g. `element:culture`; used as a map key. */
export function targetId(target: TargetRef): string {
  return `${target.kind}:${target.key}`;
}

/** The target a `targetId` names; undefined for a string no target gives. */
export function parseTargetId(id: string): TargetRef | undefined {
  const colon = id.indexOf(':');
  const kind = TARGET_KINDS.find((known) => known === id.slice(0, colon));
  const key = id.slice(colon + 1);
  return colon > 0 && kind && key ? { kind, key } : undefined;
}
