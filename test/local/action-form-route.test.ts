import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { notice, spell } from '../../src/messages/index.ts';
import { playgroundReach } from '../../adapters/local/render/feature-reach.ts';
import { fillDemoHistory } from '../../src/app/demo/demo-history.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { TEST_SETTINGS } from '../support/app-fixture.ts';
import { closeRoundForNudge, type ChannelNudge } from '../support/demo-nudge.ts';
import { peopleOf, startLocalApp, tempDir, type LocalPersonView } from '../support/local-app.ts';

/** A Monday after some weeks of the demo's history: enough answers for the closed round's nudge. */
const NOW = new Date('2026-11-30T08:00:00Z');
const WEEKS = 2;

/**
 * "Make this an action" under a team's nudge in the playground, through
 * /api/actions on the real bot: only the team's leader (or an admin) gets
 * the form and makes the action; anyone else is refused in their language,
 * as chat refuses them.
 */
describe('the playground’s action form', () => {
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;
  let nudge: ChannelNudge;

  const post = (body: Record<string, unknown>) =>
    fetch(`${app.url}/api/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messageId: nudge.messageId, ...body }),
    });

  beforeAll(async () => {
    app = await startLocalApp(`file:${join(tempDir('pulse-action-form-'), 'pulse.db')}`, NOW);
    await fillDemoHistory(app.store.db, TEST_SETTINGS, createLogger('silent'), NOW, WEEKS);
    person = await peopleOf(app);
    nudge = await closeRoundForNudge(app, person('sanne'));
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a member of the team the form and the action, in their language', async () => {
    const daan = person('daan');
    const forbidden = spell(notice('forbidden', 'nl').text, 'nl', playgroundReach);
    const form = await post({ type: 'action-form', as: daan.id });
    expect(form.status).toBe(403);
    expect(await form.json()).toEqual({ error: forbidden, code: 'forbidden' });

    const made = await post({
      type: 'action-create',
      as: daan.id,
      title: 'Call three customers back',
      owner: 'daan',
      dueOn: '2026-12-18',
    });
    expect(made.status).toBe(403);
    expect(((await made.json()) as { error: string }).error).toBe(forbidden);
    expect(await app.store.db.action.count()).toBe(0);
  });

  it('gives the leader the form in her language, and makes the action she submits', async () => {
    const sanne = person('sanne');
    const form = await post({ type: 'action-form', as: sanne.id });
    expect(form.status).toBe(200);
    const html = ((await form.json()) as { form: string }).form;
    expect(html).toContain('Wat gaat het team doen?');
    expect(html).toContain('<option value="daan">Daan Jansen</option>');

    const made = await post({
      type: 'action-create',
      as: sanne.id,
      title: 'Call three customers back',
      owner: 'daan',
      dueOn: '2026-12-18',
    });
    expect(made.status).toBe(200);
    expect(((await made.json()) as { status: string }).status).toContain('Daan Jansen');
    expect(await app.store.db.action.findFirstOrThrow({ include: { owner: true } })).toMatchObject({
      title: 'Call three customers back',
      dueOn: '2026-12-18',
      owner: { platformUserId: 'daan' },
    });
  });
});
