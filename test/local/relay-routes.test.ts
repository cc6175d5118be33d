import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/local/index.ts';
import { relayForm, replyToWriter } from '../../src/messages/relay-message.ts';
import type { TeamReport } from '../../src/messages/types.ts';
import { pulseCard, teamReport } from './fakes.ts';
import { postJson, setup } from './route-harness.ts';

/** A leader's report whose second comment's writer allowed replies. */
function reportWithReply(): TeamReport {
  return {
    ...teamReport(),
    comments: {
      items: ['Less noise', 'More focus time', 'Great week'],
      note: 'Comments from week 9.',
      replyIds: [null, 'comment-2', null],
      replyLabel: 'Reply',
      replyForm: relayForm('en', 'reply'),
    },
  };
}

const writerMessage = replyToWriter(
  {
    threadId: 'thread-1',
    comment: 'More focus time',
    text: 'What would help?',
    until: new Date('2026-04-01T00:00:00Z'),
  },
  'en',
  'Europe/Amsterdam',
);

async function messagesHtml(app: Awaited<ReturnType<typeof setup>>['app'], conversation: string, as: string) {
  const res = await app.request(`/api/conversations/${conversation}/messages?as=${as}`);
  const body = (await res.json()) as { messages: { html: string }[] };
  return body.messages.map((message) => message.html).join('\n');
}

describe('conversations about a comment in the playground', () => {
  it('passes the comment form’s "Allow replies" on with the comment', async () => {
    const { app, services, card } = await setup();
    const offered = pulseCard();
    const labels = {
      ...offered.labels,
      allowReplies: { label: 'Allow replies', hint: 'Your leader can answer.' },
    };
    const form = await renderHtml({ ...offered, labels }, { idPrefix: 'card' });
    expect(form).toMatch(/<input type="checkbox" name="allowReplies" value="yes" \/>\s*Allow replies/);
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'comment',
        as: 'p-ann',
        messageId: card.platform.messageId,
        text: 'More focus time',
        allowReplies: true,
      }),
    );
    expect(res.status).toBe(200);
    expect(services.calls[0]).toEqual({
      method: 'recordComment',
      input: { personId: 'p-ann', token: 'tok-ann', text: 'More focus time', allowReplies: true },
    });
  });

  it('shows a leader a Reply form under the comment that allows it, and sends that reply', async () => {
    const { app, platform, services } = await setup();
    const report = await platform.sendDirect(
      { organizationId: 'org', platformUserId: 'u-bram' },
      reportWithReply(),
    );
    const page = await messagesHtml(app, 'dm-u-bram', 'p-bram');
    expect(page.match(/data-action="relay"/g)).toHaveLength(1);
    expect(page).toMatch(/data-verb="reply"\s+data-id="comment-2"/);
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'relay',
        as: 'p-bram',
        messageId: report.platform.messageId,
        verb: 'reply',
        id: 'comment-2',
        text: 'Tell me more',
      }),
    );
    expect(await res.json()).toEqual({
      ok: true,
      status: 'Your reply was passed on. You will not learn who received it, nor whether it was read.',
    });
    expect(services.calls).toEqual([
      { method: 'replyToComment', input: { personId: 'p-bram', id: 'comment-2', text: 'Tell me more' } },
    ]);
  });

  it('lets the writer answer from the relayed message, and refuses an id the message does not offer', async () => {
    const { app, platform, services } = await setup();
    const relayed = await platform.sendDirect(
      { organizationId: 'org', platformUserId: 'u-ann' },
      writerMessage,
    );
    const page = await messagesHtml(app, 'dm-u-ann', 'p-ann');
    expect(page).toMatch(/data-verb="answer"\s+data-id="thread-1"/);
    expect(page).toContain('What would help?');
    const forged = await app.request(
      '/api/actions',
      postJson({
        type: 'relay',
        as: 'p-ann',
        messageId: relayed.platform.messageId,
        verb: 'answer',
        id: 'thread-9',
        text: 'Hi',
      }),
    );
    expect(forged.status).toBe(400);
    expect(services.calls).toEqual([]);
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'relay',
        as: 'p-ann',
        messageId: relayed.platform.messageId,
        verb: 'answer',
        id: 'thread-1',
        text: 'Quiet mornings',
      }),
    );
    expect(res.status).toBe(200);
    expect(services.calls).toEqual([
      { method: 'answerOnThread', input: { personId: 'p-ann', id: 'thread-1', text: 'Quiet mornings' } },
    ]);
  });

  it('keeps reply forms out of the dashboard, whose page does not send them', async () => {
    expect(await renderHtml(reportWithReply(), { idPrefix: 'team', charts: false })).not.toContain(
      'data-action="relay"',
    );
  });
});
