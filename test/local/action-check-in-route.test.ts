import { describe, expect, it } from 'vitest';
import { buildActionCheckIn } from '../../src/messages/index.ts';
import { loadContentBank } from '../../src/model/index.ts';
import { postJson, setup } from './route-harness.ts';

describe('an action’s check-in in the playground', () => {
  it('shows the owner two buttons and passes their answer on with the stored action id', async () => {
    const { app, platform, services, card } = await setup();
    const checkIn = buildActionCheckIn({
      actionId: 'action-7',
      title: 'Customer story at every stand-up',
      teamName: 'Support',
      target: { kind: 'element', key: 'leadership' },
      dueOn: '2026-03-02',
      today: '2026-03-02',
      timeZone: 'Europe/Amsterdam',
      locale: 'en',
      content: loadContentBank(),
    });
    const sent = await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-ann' }, checkIn);
    const page = await (await app.request('/?as=p-ann')).text();
    expect(page).toContain('data-action="action-check-in" data-status="done"');
    expect(page).toContain('is due today');

    const res = await app.request(
      '/api/actions',
      postJson({ type: 'action-check-in', as: 'p-ann', messageId: sent.platform.messageId, status: 'done' }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('Check-in: done');
    expect(services.calls).toContainEqual({
      method: 'answerCheckIn',
      input: { personId: 'p-ann', actionId: 'action-7', answer: 'done' },
    });
    // A pulse card is not a check-in.
    const wrong = await app.request(
      '/api/actions',
      postJson({ type: 'action-check-in', as: 'p-ann', messageId: card.platform.messageId, status: 'done' }),
    );
    expect(wrong.status).toBe(400);
  });
});
