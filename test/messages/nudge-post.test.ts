import { describe, expect, it } from 'vitest';
import { buildNudgePost, minutesLabel } from '../../src/messages/index.ts';
import { loadContentBank } from '../../src/model/index.ts';

const bank = loadContentBank();
const teamNudge = bank.nudges.find((n) => n.id === 'nudge.cu.values-spotted')!;
const leaderNudge = bank.nudges.find((n) => n.audience === 'leader')!;

describe('nudge post', () => {
  it('carries the action, why, time and both feedback buttons', () => {
    const post = buildNudgePost({ nudge: teamNudge, postId: 'post-1', locale: 'en' });
    expect(post).toMatchObject({
      kind: 'nudge',
      postId: 'post-1',
      title: 'Spot our values in action',
      targetLabel: 'Culture',
      intro: 'A small idea for the team, about Culture:',
      minutesLabel: 'about 10 minutes',
      feedback: { didThis: 'We did this', notForUs: 'Not for us' },
    });
    expect(post.feedback.thanks).toMatch(/Thanks/);
    expect(post).not.toHaveProperty('tally');
  });

  it('speaks to the team as "ons team" in Dutch', () => {
    const post = buildNudgePost({ nudge: teamNudge, postId: 'post-1', locale: 'nl' });
    expect(post.intro).toBe('Een klein idee voor ons team, over Cultuur:');
    expect(post.feedback).toMatchObject({ didThis: 'Hebben we gedaan', notForUs: 'Niet voor ons' });
    expect(post.title).toBe('Onze waarden in de praktijk');
  });

  it('speaks to one person when the nudge is for the leader', () => {
    const post = buildNudgePost({ nudge: leaderNudge, postId: 'post-2', locale: 'en' });
    expect(post.feedback).toMatchObject({ didThis: 'I did this', notForUs: 'Not for me' });
    expect(post.intro).toMatch(/^A small idea for you as a leader/);
  });

  it('shows the tally once people have given feedback', () => {
    const post = buildNudgePost({
      nudge: teamNudge,
      postId: 'p',
      locale: 'en',
      tally: { didThis: 3, notForUs: 1 },
    });
    expect(post.tally).toEqual({ didThis: 3, notForUs: 1 });
    expect(post.tallyLabel).toBe('Did this: 3 · Not for us: 1');
  });

  it('says roughly how long it takes', () => {
    expect(minutesLabel(15, 'en')).toBe('about 15 minutes');
    expect(minutesLabel(15, 'nl')).toBe('ongeveer 15 minuten');
    expect(minutesLabel(60, 'nl')).toBe('ongeveer een uur');
    expect(minutesLabel(120, 'en')).toBe('about 2 hours');
  });
});
