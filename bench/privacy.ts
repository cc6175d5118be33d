import { tick } from '../src/app/tick.ts';
import { answeredRounds, ROUNDS_CLOSED } from '../test/support/answered-round.ts';
import { openAppFixture } from '../test/support/app-fixture.ts';
import { attackRawFiles } from '../test/support/raw-files.ts';

/**
 * The at-rest attack of test/app/unlinkable-at-rest.test.ts, counted: two
 * teams of seven answer a round with comments, the rounds close, and every
 * join a copy of the database files offers is tried.
 */
export async function runRawFileAttackBench(url: string): Promise<object> {
  const app = await openAppFixture(url);
  try {
    const seeded = await answeredRounds(app, ['ops', 'sales'], { size: 7, commenters: 3 });
    await tick(app.ctx, ROUNDS_CLOSED);
    const attack = await attackRawFiles(url, app.ctx.db, seeded.tokens, app.ctx.settings.digestSecret);
    return { people: seeded.tokens.length, linkAttempts: attack.attempts, linksFound: attack.links };
  } finally {
    await app.store.close();
  }
}
