import { describe, expect, it } from 'vitest';
import { LocalChatPlatform, localRoutes } from '../../adapters/local/index.ts';
import { notice } from '../../src/messages/index.ts';
import { FakeServices, pulseCard } from './fakes.ts';
import { fakeClock, postJson, setup } from './route-harness.ts';

describe('the playground page', () => {
  it('renders the viewed person’s conversations and messages, served by the bot alone', async () => {
    const { app } = await setup();
    const res = await app.request('/?as=p-ann');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<label for="view-as">View as</label>');
    expect(page).toMatch(/<option value="p-ann"\s+selected>/);
    expect(page).toContain('Bram Leider · leader · Support · NL · Europe/Amsterdam');
    expect(page).toContain('data-conversation="dm-u-ann"');
    expect(page).toContain('# Support');
    expect(page).not.toContain('# Sales');
    expect(page).toContain('We know what our customers need.');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    // No clock was given: no clock controls.
    expect(page).not.toContain('data-clock');
  });

  it('speaks Dutch to a Dutch person and opens the channel asked for', async () => {
    const { app } = await setup({ clock: fakeClock() });
    const page = await (await app.request('/?as=p-bram&c=ch-c-support')).text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Bekijk als');
    expect(page).toContain('Volgende verzending');
    expect(page).toContain('Call one customer this week');
    expect(page).toMatch(/data-conversation="ch-c-support"\s+aria-current="page"/);
  });

  it('says so when nobody is set up yet', async () => {
    const platform = new LocalChatPlatform({ directory: async () => [] });
    const app = localRoutes({ platform, services: new FakeServices(), directory: async () => [] });
    const page = await (await app.request('/')).text();
    expect(page).toContain('Nobody is set up yet.');
  });

  it('does not open someone else’s conversation from the URL', async () => {
    const { app } = await setup();
    const page = await (await app.request('/?as=p-cleo&c=dm-u-ann')).text();
    expect(page).not.toContain('We know what our customers need.');
  });

  it('serves its script and stylesheet', async () => {
    const { app } = await setup();
    const js = await app.request('/assets/playground.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toContain('EventSource');
    const css = await app.request('/assets/playground.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/assets/other.js')).status).toBe(404);
  });
});

describe('the JSON API', () => {
  it('lists people and a person’s conversations', async () => {
    const { app } = await setup();
    const { people } = (await (await app.request('/api/people')).json()) as { people: { id: string }[] };
    expect(people.map((p) => p.id)).toEqual(['p-ann', 'p-bram', 'p-cleo', 'p-dana']);
    const res = await app.request('/api/conversations?as=p-ann');
    expect(await res.json()).toEqual({
      conversations: [
        { id: 'dm-u-ann', kind: 'direct', title: 'Excellence Pulse' },
        { id: 'ch-c-support', kind: 'channel', title: '# Support' },
      ],
    });
    const anonymous = await app.request('/api/conversations');
    expect(anonymous.status).toBe(400);
    expect(await anonymous.json()).toEqual({ error: expect.stringContaining('View as') });
  });

  it('gives a conversation’s messages to its members only', async () => {
    const { app, card } = await setup();
    const res = await app.request('/api/conversations/dm-u-ann/messages?as=p-ann');
    const { messages } = (await res.json()) as { messages: { id: string; version: number; html: string }[] };
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: card.platform.messageId, version: 1, kind: 'pulse-card' });
    expect(messages[0]?.html).toContain(`data-message-id="${card.platform.messageId}"`);
    expect(messages[0]?.html).toContain('<time datetime="2026-03-02T09:00:00.000Z">');

    const other = await app.request('/api/conversations/dm-u-ann/messages?as=p-cleo');
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ error: 'That conversation belongs to someone else.' });

    // The same refusal, to a Dutch viewer, in Dutch.
    const dutch = await app.request('/api/conversations/dm-u-ann/messages?as=p-bram');
    expect(dutch.status).toBe(403);
    expect(await dutch.json()).toEqual({ error: 'Dat gesprek is van iemand anders.' });
  });

  it('answers someone not yet chosen in the browser’s language', async () => {
    const { app } = await setup();
    const res = await app.request('/api/conversations?as=nobody', {
      headers: { 'Accept-Language': 'nl-NL,nl;q=0.9,en;q=0.8' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Kies eerst iemand bij “Bekijk als”.' });
  });
});

describe('POST /api/actions', () => {
  it('records an answer with the card’s own token and updates the card in place', async () => {
    const { app, platform, services, card } = await setup();
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-ann',
        messageId: card.platform.messageId,
        statementId: 's-1',
        value: 4,
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      ok: boolean;
      status: string;
      message: { version: number; html: string };
    };
    expect(body).toMatchObject({ ok: true, status: 'Recorded', message: { version: 2 } });
    expect(body.message.html).toMatch(/data-value="4"\s+aria-pressed="true"/);
    expect(services.calls).toEqual([
      {
        method: 'recordAnswer',
        input: { personId: 'p-ann', token: 'tok-ann', statementId: 's-1', value: 4 },
      },
    ]);
    expect(platform.message(card.platform.messageId)?.version).toBe(2);
  });

  it('accepts "don’t know" as null', async () => {
    const { app, card } = await setup();
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-ann',
        messageId: card.platform.messageId,
        statementId: 's-2',
        value: null,
      }),
    );
    expect(res.status).toBe(200);
  });

  it('answers 409 with the round-closed notice in the person’s language when the round has closed', async () => {
    const { app, services, card } = await setup();
    services.closed = true;
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-ann',
        messageId: card.platform.messageId,
        statementId: 's-1',
        value: 2,
      }),
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: notice('round-closed', 'en').text, code: 'round_closed' });
  });

  it('tells a Dutch viewer a refusal in Dutch, with the notice chat would give', async () => {
    const { app, platform, nudge } = await setup();
    // A card in Bram's DM whose token is not his: the use case refuses it.
    const card = await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-bram' }, pulseCard());
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-bram',
        messageId: card.platform.messageId,
        statementId: 's-1',
        value: 2,
      }),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: notice('not-yours', 'nl').text, code: 'token_invalid' });
    expect(notice('not-yours', 'nl').text).toMatch(/^Deze pulskaart/);

    // The playground's own checks speak Dutch to him too.
    const wrongKind = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-bram',
        messageId: nudge.platform.messageId,
        statementId: 's-1',
        value: 2,
      }),
    );
    expect(wrongKind.status).toBe(400);
    expect(await wrongKind.json()).toEqual({ error: 'Dat bericht heeft zo’n knop niet.' });
  });

  it('answers 403 when someone acts on another person’s card', async () => {
    const { app, services, card } = await setup();
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-cleo',
        messageId: card.platform.messageId,
        statementId: 's-1',
        value: 2,
      }),
    );
    expect(res.status).toBe(403);
    expect(services.calls).toEqual([]);
  });

  it('answers 400 for a malformed action or an unknown statement', async () => {
    const { app, card } = await setup();
    const bad = await app.request('/api/actions', postJson({ type: 'answer', as: 'p-ann', value: 'x' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'The page sent a request the playground does not understand. Reload the page.',
    });
    const notJson = await app.request('/api/actions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    const unknown = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-ann',
        messageId: card.platform.messageId,
        statementId: 's-9',
        value: 3,
      }),
    );
    expect(unknown.status).toBe(400);
    const wrongKind = await app.request(
      '/api/actions',
      postJson({ type: 'nudge-feedback', as: 'p-ann', messageId: card.platform.messageId, kind: 'did-this' }),
    );
    expect(wrongKind.status).toBe(400);
    const gone = await app.request(
      '/api/actions',
      postJson({ type: 'answer', as: 'p-ann', messageId: 'm999', statementId: 's-1', value: 3 }),
    );
    expect(gone.status).toBe(404);
  });

  it('stores a comment and confirms it in the person’s DM', async () => {
    const { app, platform, services, card } = await setup();
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'comment',
        as: 'p-ann',
        messageId: card.platform.messageId,
        text: '  More time for training  ',
      }),
    );
    expect(await res.json()).toEqual({ ok: true, status: 'Comment received' });
    expect(services.calls[0]).toEqual({
      method: 'recordComment',
      input: { personId: 'p-ann', token: 'tok-ann', text: 'More time for training' },
    });
    expect(platform.messages('dm-u-ann').map((m) => m.document.kind)).toEqual(['pulse-card', 'notice']);
  });

  it('records nudge feedback from a team member and shows the tally', async () => {
    const { app, services, nudge } = await setup();
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'nudge-feedback',
        as: 'p-bram',
        messageId: nudge.platform.messageId,
        kind: 'did-this',
      }),
    );
    const body = (await res.json()) as { status: string; message: { html: string } };
    expect(body.status).toBe('Thanks for telling us!');
    expect(body.message.html).toContain('<span class="tally">1</span>');
    expect(services.calls[0]?.input).toEqual({ postId: 'post-1', personId: 'p-bram', kind: 'did-this' });

    const outsider = await app.request(
      '/api/actions',
      postJson({
        type: 'nudge-feedback',
        as: 'p-cleo',
        messageId: nudge.platform.messageId,
        kind: 'not-for-us',
      }),
    );
    expect(outsider.status).toBe(403);
  });

  it('answers 500 with a general sentence when something unexpected breaks, and reports it', async () => {
    const { app, services, onError, card } = await setup();
    services.recordAnswer = async () => {
      throw new Error('database exploded at 10.0.0.3');
    };
    const res = await app.request(
      '/api/actions',
      postJson({
        type: 'answer',
        as: 'p-ann',
        messageId: card.platform.messageId,
        statementId: 's-1',
        value: 4,
      }),
    );
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: notice('error', 'en').text });
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('cross-site requests', () => {
  it('refuses a POST that is not JSON, which a form on another site could send', async () => {
    const { app, services, card } = await setup();
    const body = JSON.stringify({
      type: 'answer',
      as: 'p-ann',
      messageId: card.platform.messageId,
      statementId: 's-1',
      value: 1,
    });
    const res = await app.request('/api/actions', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body,
    });
    expect(res.status).toBe(415);
    expect((await app.request('/api/clock/next-send', { method: 'POST' })).status).toBe(415);
    expect(services.calls).toEqual([]);
  });
});

describe('GET /api/events', () => {
  it('streams the viewer’s new and updated messages, and nobody else’s', async () => {
    const { app, platform, card } = await setup();
    const res = await app.request('/api/events?as=p-ann');
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const readUntil = async (pattern: RegExp): Promise<string> => {
      let seen = '';
      while (!pattern.test(seen)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}: ${seen}`);
        seen += value;
      }
      return seen;
    };

    expect(await readUntil(/event: ready/)).toContain('retry: 2000');
    await platform.sendDirect({ organizationId: 'org', platformUserId: 'u-cleo' }, pulseCard({ token: 'x' }));
    await platform.update(card, pulseCard({ selected: { 's-1': 3 } }));
    const update = await readUntil(/event: message\ndata: .*\n\n/);
    const data = JSON.parse(/data: (.*)\n/.exec(update.slice(update.indexOf('event: message')))![1]!);
    expect(data).toMatchObject({
      type: 'message-updated',
      message: { id: card.platform.messageId, version: 2 },
    });

    // Idle: pings keep the stream open.
    expect(await readUntil(/event: ping/)).toContain('event: ping');
    await reader.cancel();
  });

  it('needs a known person', async () => {
    const { app } = await setup();
    expect((await app.request('/api/events?as=nobody')).status).toBe(400);
  });
});
