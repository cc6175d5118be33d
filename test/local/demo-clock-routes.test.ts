import { describe, expect, it } from 'vitest';
import { fakeClock, postJson, setup } from './route-harness.ts';

describe('the demo clock', () => {
  it('runs the step asked for, for the person viewing, and answers in their language and zone', async () => {
    const clock = fakeClock();
    const { app } = await setup({ clock });
    const answers: unknown[] = [];
    for (const step of ['next-send', 'close-round', 'advance-week']) {
      const res = await app.request(`/api/clock/${step}`, postJson({ as: 'p-bram' }));
      answers.push(await res.json());
    }
    expect(answers).toEqual([
      {
        ok: true,
        outcome: 'pulse-arrived',
        status: 'Er is een puls binnengekomen in je directe berichten.',
        now: '2026-03-03T15:00:00.000Z',
        nowText: 'di 3 mrt 2026, 16:00 CET',
      },
      expect.objectContaining({
        outcome: 'round-closed',
        status:
          'De ronde van Support is gesloten; de leidinggevende krijgt het rapport, het kanaal een nudge.',
      }),
      expect.objectContaining({ outcome: 'week-advanced', status: 'De klok is een week vooruit gezet.' }),
    ]);
    expect(clock.nextSend).toHaveBeenCalledWith(expect.objectContaining({ id: 'p-bram' }));
    expect(clock.closeRound).toHaveBeenCalledWith(expect.objectContaining({ id: 'p-bram' }));
    expect((await app.request('/api/clock/rewind', postJson({ as: 'p-bram' }))).status).toBe(404);
  });

  it('needs to know who pressed it', async () => {
    const clock = fakeClock();
    const { app } = await setup({ clock });
    const res = await app.request('/api/clock/next-send', postJson({}));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Choose a person in “View as” first.' });
    expect(clock.nextSend).not.toHaveBeenCalled();
  });

  it('shows the demo time in the viewer’s zone and language, and HR what the buttons do for them', async () => {
    const { app } = await setup({ clock: fakeClock() });
    const cleo = await (await app.request('/?as=p-cleo')).text();
    expect(cleo).toMatch(
      /Demo time:\s*<time id="demo-time" datetime="2026-03-03T15:00:00.000Z">Tue, Mar 3, 2026, 10:00 AM EST<\/time>/,
    );
    expect(cleo).not.toContain('You are in no team');
    const dana = await (await app.request('/?as=p-dana')).text();
    expect(dana).toContain('Tue, Mar 3, 2026, 04:00 PM GMT+1');
    expect(dana).toContain('You are in no team, so no pulse comes to you.');
  });

  it('is absent without a clock', async () => {
    const { app } = await setup();
    const res = await app.request('/api/clock/next-send', postJson({ as: 'p-ann' }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'The demo clock only runs in local mode.' });
  });
});
