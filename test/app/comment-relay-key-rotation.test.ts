import { beforeAll, expect, it } from 'vitest';
import type { EngineSettings } from '../../src/app/context.ts';
import { personalDataOf } from '../../src/app/data-rights.ts';
import { createPulseServices } from '../../src/app/pulse-services.ts';
import { t } from '../../src/messages/index.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { appFixture, TEST_SETTINGS, type AppFixture } from '../support/app-fixture.ts';
import { ROUNDS_CLOSED, type AnsweredRounds } from '../support/answered-round.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { replyIdIn, roundWithRelayComments } from '../support/relay-fixture.ts';

const AFTER_CLOSE = new Date(ROUNDS_CLOSED.getTime() + 3_600_000);
const OLD_KEY = TEST_SETTINGS.digestSecret ?? '';
const NEW_KEY = 'bmV3LXRlc3Qta2V5LWFmdGVyLWEtcm90YXRpb24tMzI=';

/**
 * An operator rotates ENCRYPTION_KEY while conversations are open: with the
 * old key in ENCRYPTION_KEY_PREVIOUS, a thread sealed before the rotation
 * still reaches its writer, and the writer's answer still reaches the leader.
 */
describeEachDatabase('conversations about a comment across a key rotation', (database) => {
  let app: AppFixture;
  let seeded: AnsweredRounds;
  const person = (user: string) => seeded.org.people[user] ?? '';
  const rotated = (settings: Partial<EngineSettings>) =>
    createPulseServices({
      ...app.ctx,
      settings: { ...app.ctx.settings, digestSecret: NEW_KEY, ...settings },
      clock: { now: () => AFTER_CLOSE },
    });

  async function replyIdOf(text: string): Promise<string> {
    const report = (await rotated({}).teamReport(
      person('Care-lead'),
      seeded.org.teams.Care ?? '',
    )) as TeamReport;
    return replyIdIn(report, text);
  }

  beforeAll(async () => {
    app = await appFixture(await database.fresh());
    seeded = await roundWithRelayComments(app); // sealed under the old key
  }, 120_000);

  it('reaches no one when the old key was dropped, and tells the leader the same as always', async () => {
    const before = app.platform.messages.length;
    const notice = await rotated({}).replyToComment(
      person('Care-lead'),
      await replyIdOf('Our stand-ups run long'),
      'Anyone there?',
    );
    expect(notice.text).toBe(t('en', 'relay.sent'));
    expect(app.platform.directSince(before)).toEqual([]);
  });

  it('relays both ways when the old key is listed among the previous keys', async () => {
    const services = rotated({ previousSecrets: [OLD_KEY] });
    const before = app.platform.messages.length;
    await services.replyToComment(
      person('Care-lead'),
      await replyIdOf('Our stand-ups run long'),
      'Still there?',
    );
    const relayed = app.platform.directSince(before);
    expect(relayed.map((d) => d.platformUserId)).toEqual(['Care-0']);
    const reply = relayed[0]?.document;
    if (reply?.kind !== 'relay') throw new Error('expected a relayed reply');

    const answered = await services.answerOnThread(person('Care-0'), reply.respond.id, 'Yes, still here');
    expect(answered.text).toBe(t('en', 'relay.answered'));
    const back = app.platform.directTo('Care-lead').at(-1)?.document;
    expect(back).toMatchObject({ kind: 'relay', text: 'Yes, still here' });
  });

  it('lists the writer’s conversation in their export under the rotated keys', async () => {
    const keys = { digestSecret: NEW_KEY, previousSecrets: [OLD_KEY] };
    const own = await personalDataOf(app.ctx.db, person('Care-0'), keys);
    expect(own?.replyThreads.map((thread) => thread.comment)).toEqual(['Our stand-ups run long']);
  });
});
