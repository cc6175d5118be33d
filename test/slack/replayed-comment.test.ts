import './support/node20.ts';
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { tick } from '../../src/app/tick.ts';
import { encodeCommentValue } from '../../adapters/slack/render/action-ids.ts';
import { appFixture, type AppFixture } from '../support/app-fixture.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { seedSupportTeam } from '../support/support-team.ts';
import { FakeSlackApi } from './support/fake-slack-api.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { formBody } from './support/slack-requests.ts';
import type { PulseServices } from '../../src/app/services.ts';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Slack redelivers a view_submission when our answer is slow, and anyone
 * holding a copy of the request can replay it within the signature's five
 * minutes. The comment is keyed by a digest of the card's token, so every
 * delivery lands on the same row: one comment per person per round.
 */
describeEachDatabase('a replayed comment submission', (database) => {
  let app: AppFixture;
  let harness: Harness<PulseServices>;
  let now = new Date('2026-11-23T08:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    app = await appFixture(await database.fresh());
    const org = await seedSupportTeam(app.ctx.db, ['U_ANN', 'U_BOB', 'U_CAS']);
    await tick(app.ctx, now);
    now = new Date('2026-11-24T09:00:00Z');
    await tick(app.ctx, now);
    const services = createPulseServices({ ...app.ctx, clock: { now: () => now } });
    new FakeSlackApi();
    harness = await startHarness({ services, organizationId: org.organizationId });
  });

  afterAll(async () => {
    await harness.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('is stored once, whether the deliveries come one after another or all at once', async () => {
    const card = app.platform.directTo('U_ANN').at(-1)?.document;
    if (card?.kind !== 'pulse-card') throw new Error('no pulse card for Ann');
    const body = formBody(submission(encodeCommentValue({ t: card.token }), 'More time for customers.'));

    const sequential: number[] = [];
    for (let i = 0; i < 5; i += 1) sequential.push((await harness.post(body, FORM)).status);
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, async () => (await harness.post(body, FORM)).status),
    );
    await harness.receiver.stop();

    expect([...sequential, ...concurrent]).toEqual(Array(10).fill(200));
    const comments = await app.ctx.db.comment.findMany();
    expect(comments.map((comment) => comment.text)).toEqual(['More time for customers.']);
  });
});

function submission(privateMetadata: string, text: string) {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'example' },
    user: { id: 'U_ANN', username: 'ann', name: 'ann', team_id: 'T0001' },
    api_app_id: 'A0APP',
    trigger_id: '1.2.3',
    view: {
      id: 'V0001',
      type: 'modal',
      callback_id: 'pulse:comment',
      private_metadata: privateMetadata,
      state: { values: { comment: { text: { type: 'plain_text_input', value: text } } } },
    },
  };
}
