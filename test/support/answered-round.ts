import { createPulseServices } from '../../src/app/pulse-services.ts';
import { seedOrganization, type SeededOrganization } from '../../src/app/seed-organization.ts';
import { tick } from '../../src/app/tick.ts';
import type { AppFixture } from './app-fixture.ts';

/** Monday 10:00 in Amsterdam: the teams' first rounds open and their cards go out. */
export const ROUND_OPENS = new Date('2026-11-23T09:00:00Z');
/** Within the rounds' three-day window. */
export const ROUND_ANSWERING = new Date('2026-11-23T11:00:00Z');
/** After every round's window. */
export const ROUNDS_CLOSED = new Date('2026-11-27T09:00:00Z');

export interface AnsweredRounds {
  readonly org: SeededOrganization;
  /** Round id by team name. */
  readonly rounds: Readonly<Record<string, string>>;
  /** Answers given in each team (one per card item). */
  readonly answers: Readonly<Record<string, number>>;
  /** The tokens people's cards carried, which a database copy must not contain. */
  readonly tokens: readonly string[];
}

/**
 * Teams of `size` people whose rounds open on the same Monday; every member
 * answers every statement on their card (changing one answer once) and the
 * first `commenters` of each team leave a comment.
 */
export async function answeredRounds(
  app: AppFixture,
  teamNames: readonly string[],
  options: { size?: number; commenters?: number } = {},
): Promise<AnsweredRounds> {
  const size = options.size ?? 6;
  const org = await seedOrganization(app.ctx.db, {
    name: 'Acme',
    platform: 'local',
    externalId: 'acme',
    teams: teamNames.map((name) => ({
      name,
      channelId: `C-${name}`,
      schedule: { weekday: 1, localTime: '10:00' },
      people: [
        { platformUserId: `${name}-lead`, displayName: `${name} lead`, role: 'leader' as const },
        ...Array.from({ length: size }, (_, i) => ({
          platformUserId: `${name}-${i}`,
          displayName: `${name} ${i}`,
        })),
      ],
    })),
  });
  await tick(app.ctx, new Date(ROUND_OPENS.getTime() - 86_400_000));
  await tick(app.ctx, ROUND_OPENS);
  const services = createPulseServices({ ...app.ctx, clock: { now: () => ROUND_ANSWERING } });
  const answers: Record<string, number> = {};
  const tokens: string[] = [];
  for (const name of teamNames) {
    answers[name] = 0;
    for (let i = 0; i < size; i++) {
      const user = `${name}-${i}`;
      const card = app.platform.directTo(user).at(-1)?.document;
      if (card?.kind !== 'pulse-card') throw new Error(`no card for ${user}`);
      tokens.push(card.token);
      const personId = org.people[user] ?? '';
      for (const [index, item] of card.items.entries()) {
        const value = item.scale === 'nps11' ? (i + index) % 11 : 1 + ((i + index) % 5);
        await services.recordAnswer({ personId, token: card.token, statementId: item.statementId, value });
        answers[name] += 1;
      }
      const first = card.items[0];
      if (first?.scale === 'agree5') {
        await services.recordAnswer({
          personId,
          token: card.token,
          statementId: first.statementId,
          value: 3,
        });
      }
      if (i < (options.commenters ?? 0)) {
        await services.recordComment({ personId, token: card.token, text: `Comment from ${user}` });
      }
    }
  }
  const rounds = await app.ctx.db.round.findMany({ include: { team: true } });
  return {
    org,
    rounds: Object.fromEntries(rounds.map((round) => [round.team.name, round.id])),
    answers,
    tokens,
  };
}
