import type { Db } from '../store/database.ts';

/** An action in a person's data export: one they own, made, or both. */
export interface OwnAction {
  readonly team: string;
  /** The element, trait or value it works on, as `kind:key`. */
  readonly target: string;
  readonly title: string;
  readonly dueOn: string;
  readonly status: string;
  readonly createdAt: string;
  readonly doneAt: string | null;
  /** What ties it to them: they own it, they made it, or both. */
  readonly as: readonly ('owner' | 'maker')[];
}

/**
 * The actions a person owns or made. Who made an action is kept only in the
 * audit log (`action.created`), so that is where the maker is found; erasure
 * unnames both (the owner is set to null, the audit entry loses its actor).
 */
export async function ownActions(db: Db, personId: string): Promise<OwnAction[]> {
  const made = await db.auditLog.findMany({
    where: { actorId: personId, action: 'action.created', subject: { startsWith: 'action:' } },
    select: { subject: true },
  });
  const madeIds = new Set(made.map((entry) => (entry.subject ?? '').slice('action:'.length)));
  const rows = await db.action.findMany({
    where: { OR: [{ ownerId: personId }, { id: { in: [...madeIds] } }] },
    include: { team: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => ({
    team: row.team.name,
    target: `${row.targetKind}:${row.targetKey}`,
    title: row.title,
    dueOn: row.dueOn,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    doneAt: row.doneAt?.toISOString() ?? null,
    as: [
      ...(row.ownerId === personId ? (['owner'] as const) : []),
      ...(madeIds.has(row.id) ? (['maker'] as const) : []),
    ],
  }));
}
