import { describe, expect, it } from 'vitest';
import { renderCard } from '../../adapters/teams/render/render-card.ts';
import { parseExecuteTap, VERB } from '../../adapters/teams/render/verbs.ts';
import { builtPulseCard, documents, nodesOfType } from './cards-fixtures.ts';

/**
 * A conversation about a comment on Teams: the comment box's "Allow replies"
 * toggle, a "Reply" box under each comment that allows it, an "Answer" box
 * under a relayed reply; each tap names the box its text is in.
 */
describe('conversations about a comment in Teams cards', () => {
  it('offers "Allow replies" beside the comment box, sent with the comment tap', () => {
    const { card } = renderCard(builtPulseCard('nl'));
    expect(nodesOfType(card, 'Input.Toggle')).toEqual([
      expect.objectContaining({ id: 'allowReplies', title: 'Reacties toestaan', valueOn: 'true' }),
    ]);
    const tap = parseExecuteTap(VERB.comment, { t: 'token', comment: 'Meer focus', allowReplies: 'true' });
    expect(tap?.data).toMatchObject({ allowReplies: 'true' });
    expect(parseExecuteTap(VERB.comment, { t: 'token', allowReplies: 'yes' })).toBeUndefined();
  });

  it('gives each comment that allows replies its own box and Reply, naming that box', () => {
    const { card } = renderCard(documents('en')['full team report with replies']!);
    const replies = nodesOfType(card, 'Action.Execute').filter((action) => action.verb === VERB.relayReply);
    expect(replies.map((action) => action.data)).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ i: `comment-${i}`, n: `relay-${i}` })),
    );
    const boxes = nodesOfType(card, 'Input.Text').map((input) => input.id);
    expect(new Set(boxes).size).toBe(boxes.length);
    const tap = parseExecuteTap(VERB.relayReply, {
      i: 'comment-3',
      n: 'relay-3',
      'relay-3': 'Tell me more',
      'relay-1': '',
    });
    expect(tap?.verb === VERB.relayReply && tap.data[tap.data.n]).toBe('Tell me more');
  });

  it('lets the writer answer a relayed reply, and refuses a tap that names no box of ours', () => {
    const { card } = renderCard(documents('en')['reply to a comment']!);
    expect(nodesOfType(card, 'Action.Execute').map((action) => action.data)).toEqual([
      { i: 'thread-1', n: 'relay' },
    ]);
    expect(
      parseExecuteTap(VERB.relayAnswer, { i: 'thread-1', n: 'relay', relay: 'Quiet mornings' }),
    ).toBeDefined();
    expect(parseExecuteTap(VERB.relayAnswer, { i: 'thread-1', n: 'comment' })).toBeUndefined();
  });
});
