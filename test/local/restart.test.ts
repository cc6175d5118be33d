import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { peopleOf, startLocalApp, type LocalPersonView } from '../support/local-app.ts';
import { notice } from '../../src/messages/index.ts';

interface ShownMessage {
  readonly id: string;
  readonly html: string;
}

/** The playground's messages across a restart: stop the bot, start it again on the same database. */
describeEachDatabase('the playground after a restart', (database) => {
  let url: string;
  let app: RunningApp | undefined;
  let person: (user: string) => LocalPersonView;

  beforeAll(async () => {
    url = await database.fresh();
  });
  afterAll(() => app?.stop());

  /** Stops the running bot and starts a new one where its clock stood. */
  const restart = async (): Promise<void> => {
    const at = app?.clock.now();
    await app?.stop();
    app = await startLocalApp(url, at);
    person = await peopleOf(app);
  };

  const call = async (path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${app?.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : null,
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const messages = async (user: string): Promise<ShownMessage[]> =>
    (await call(`/api/conversations/dm-${user}/messages?as=${person(user).id}`)).messages as ShownMessage[];
  const answer = (user: string, message: ShownMessage, nth: number) => {
    const statements = new Set([...message.html.matchAll(/data-statement="([^"]+)"/g)].map((m) => m[1]));
    const statementId = [...statements][nth];
    return call('/api/actions', {
      type: 'answer',
      as: person(user).id,
      messageId: message.id,
      statementId,
      value: 4,
    });
  };

  it('keeps a person’s pulse with their answer; the kept card takes no more clicks and says so', async () => {
    app = await startLocalApp(url);
    person = await peopleOf(app);
    expect((await call('/api/clock/next-send', { as: person('noah').id })).outcome).toBe('pulse-arrived');
    const [card] = await messages('noah');
    expect(await answer('noah', card!, 0)).toMatchObject({ ok: true });

    await restart();
    const kept = await messages('noah');
    expect(kept.map((m) => m.id)).toEqual([card!.id]);
    expect(kept[0]?.html).toContain('Answer recorded: Agree');
    expect(await answer('noah', kept[0]!, 1)).toMatchObject({ error: notice('link-expired', 'en').text });
    expect((await messages('noah'))[0]?.html.match(/Answer recorded: Agree/g)).toHaveLength(1);
  });

  it('keeps no card token in the database: the kept cards carry none', async () => {
    const kept = await app!.store.db.localMessage.findMany();
    expect(kept.length).toBeGreaterThan(0);
    for (const row of kept) {
      const document = JSON.parse(row.document) as { kind: string; token?: string };
      if (document.kind === 'pulse-card') expect(document.token).toBe('');
    }
  });

  it('keeps the closed round’s card, the leader’s report and new messages in order', async () => {
    expect((await call('/api/clock/close-round', { as: person('sanne').id })).outcome).toBe('round-closed');
    await restart();
    expect((await messages('noah'))[0]?.html).toContain('This round has closed');
    expect((await messages('sanne')).some((m) => m.html.includes('Teamrapport: Customer Care'))).toBe(true);
    // Sending goes on after the kept messages, never over them.
    expect((await call('/api/clock/next-send', { as: person('noah').id })).outcome).toBe('pulse-arrived');
    const ids = (await messages('noah')).map((m) => Number(m.id.slice(1)));
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBeGreaterThan(ids[0]!);
  });
});
