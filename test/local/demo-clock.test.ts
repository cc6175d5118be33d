import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../../src/main.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { peopleOf, startLocalApp, type LocalPersonView } from '../support/local-app.ts';

interface StepAnswer {
  readonly outcome: string;
  readonly status: string;
  readonly now: string;
  readonly nowText: string;
}

interface ShownMessage {
  readonly html: string;
}

/** The demo clock with the real engine behind it, pressed as the people of the demo organisation. */
describeEachDatabase('the demo clock, pressed by a person', (database) => {
  let app: RunningApp;
  let person: (user: string) => LocalPersonView;

  beforeAll(async () => {
    app = await startLocalApp(await database.fresh());
    person = await peopleOf(app);
  });
  afterAll(() => app?.stop());

  const press = async (step: string, user: string): Promise<StepAnswer> => {
    const res = await fetch(`${app.url}/api/clock/${step}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ as: person(user).id }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as StepAnswer;
  };

  const messages = async (user: string, conversation = `dm-${user}`): Promise<ShownMessage[]> => {
    const url = `${app.url}/api/conversations/${conversation}/messages?as=${person(user).id}`;
    return ((await (await fetch(url)).json()) as { messages: ShownMessage[] }).messages;
  };

  it('delivers the first pulse to the person who presses "Next send", in their own morning', async () => {
    // Digital Sales (New York) is not the first team due: Customer Care opens hours earlier.
    const answer = await press('next-send', 'maya');
    expect(answer).toMatchObject({
      outcome: 'pulse-arrived',
      status: 'A pulse arrived in your direct messages.',
      now: '2026-03-03T15:00:00.000Z',
      nowText: 'Tue, Mar 3, 2026, 10:00 AM EST',
    });
    const shown = await messages('maya');
    expect(shown).toHaveLength(1);
    expect(shown[0]?.html).toContain('data-action="answer"');
  });

  it('tells someone in no team that no pulse will come, and moves nothing', async () => {
    const answer = await press('next-send', 'hanna');
    expect(answer).toMatchObject({
      outcome: 'not-in-a-team',
      status:
        'Je zit in geen team, dus er komt geen puls naar jou. Bekijk als een teamlid om er een te krijgen.',
      now: '2026-03-03T15:00:00.000Z',
      nowText: 'di 3 mrt 2026, 16:00 CET',
    });
    expect(await messages('hanna')).toEqual([]);
  });

  it('closes the round of the viewer’s own team now, and no other', async () => {
    const answer = await press('close-round', 'oliver');
    expect(answer).toMatchObject({
      outcome: 'round-closed',
      status: 'The round of Field Service has closed; the leader gets the report, the channel a nudge.',
    });
    expect(answer.now).toBe('2026-03-03T15:00:00.000Z');
    const oliver = await messages('oliver');
    expect(oliver.some((m) => m.html.includes('Team report: Field Service'))).toBe(true);
    expect((await messages('sanne')).some((m) => m.html.includes('Customer Care'))).toBe(false);
    // The other teams' rounds stay open for their own people to close.
    expect((await press('close-round', 'oliver')).outcome).toBe('no-open-round');
    expect((await press('close-round', 'maya')).status).toBe(
      'The round of Digital Sales has closed; the leader gets the report, the channel a nudge.',
    );
  });

  it('tells HR which round it closed for them', async () => {
    expect(await press('close-round', 'hanna')).toMatchObject({
      outcome: 'round-closed',
      status: 'Je zit in geen team, dus de ronde die het eerst afliep is gesloten: Customer Care.',
    });
    expect((await press('close-round', 'hanna')).outcome).toBe('no-open-round');
  });
});
