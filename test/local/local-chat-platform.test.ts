import { describe, expect, it, vi } from 'vitest';
import { PlatformSendError } from '../../src/app/ports.ts';
import { LocalChatPlatform, type WorkspaceEvent } from '../../adapters/local/index.ts';
import { directory, nudgePost, pulseCard } from './fakes.ts';

function platformAt(start = '2026-03-02T09:00:00.000Z') {
  let now = new Date(start);
  const platform = new LocalChatPlatform({ directory, now: () => now });
  return { platform, tick: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const ann = { organizationId: 'org', platformUserId: 'u-ann' };

describe('LocalChatPlatform', () => {
  it('keeps one direct conversation per person and one channel per team', async () => {
    const { platform } = platformAt();
    const first = await platform.sendDirect(ann, pulseCard());
    const second = await platform.sendDirect(ann, pulseCard({ token: 'tok-2' }));
    const posted = await platform.post({ organizationId: 'org', channelId: 'c-support' }, nudgePost());

    expect(first.platform.conversationId).toBe('dm-u-ann');
    expect(second.platform.conversationId).toBe('dm-u-ann');
    expect(first.platform.messageId).not.toBe(second.platform.messageId);
    expect(posted.platform.conversationId).toBe('ch-c-support');
    expect(platform.messages('dm-u-ann').map((m) => m.id)).toEqual([
      first.platform.messageId,
      second.platform.messageId,
    ]);
    expect(platform.conversation('ch-c-support')).toMatchObject({ kind: 'channel', address: 'c-support' });
    expect(platform.messages('dm-nobody')).toEqual([]);
  });

  it('replaces a message in place on update, with a new version and time', async () => {
    const { platform, tick } = platformAt();
    const ref = await platform.sendDirect(ann, pulseCard());
    await platform.sendDirect(ann, { kind: 'notice', locale: 'en', tone: 'info', text: 'later' });
    tick(60_000);
    await platform.update(ref, pulseCard({ selected: { 's-1': 4 } }));

    const [updated, other] = platform.messages('dm-u-ann');
    expect(updated?.id).toBe(ref.platform.messageId);
    expect(updated?.version).toBe(2);
    expect(updated?.sentAt).toBe('2026-03-02T09:00:00.000Z');
    expect(updated?.updatedAt).toBe('2026-03-02T09:01:00.000Z');
    expect(updated?.document).toMatchObject({ items: [{ selected: 4 }, {}] });
    expect(other?.document.kind).toBe('notice');
  });

  it('refuses to update a message it never sent, permanently', async () => {
    const { platform } = platformAt();
    const update = platform.update(
      { organizationId: 'org', platform: { conversationId: 'dm-u-ann', messageId: 'm404' } },
      pulseCard(),
    );
    await expect(update).rejects.toBeInstanceOf(PlatformSendError);
    await expect(update).rejects.toMatchObject({ permanent: true });
  });

  it('tells subscribers about new and updated messages until they unsubscribe', async () => {
    const { platform } = platformAt();
    const events: WorkspaceEvent[] = [];
    const stop = platform.subscribe((event) => events.push(event));
    const ref = await platform.sendDirect(ann, pulseCard());
    await platform.update(ref, pulseCard({ selected: { 's-1': 5 } }));
    stop();
    await platform.post({ organizationId: 'org', channelId: 'c-sales' }, nudgePost());

    expect(events.map((event) => [event.type, event.message.version])).toEqual([
      ['message-added', 1],
      ['message-updated', 2],
    ]);
  });

  it('drops a listener that throws and still delivers the message', async () => {
    const onListenerError = vi.fn();
    const platform = new LocalChatPlatform({ directory, onListenerError });
    const healthy = vi.fn();
    platform.subscribe(() => {
      throw new Error('stream closed');
    });
    platform.subscribe(healthy);
    await platform.sendDirect(ann, pulseCard());
    await platform.sendDirect(ann, pulseCard());

    expect(onListenerError).toHaveBeenCalledTimes(1);
    expect(healthy).toHaveBeenCalledTimes(2);
    expect(platform.messages('dm-u-ann')).toHaveLength(2);
  });

  it('lists a team’s members and profiles from the directory', async () => {
    const { platform } = platformAt();
    const members = await platform.listMembers({
      organizationId: 'org',
      source: 'channel',
      sourceId: 'c-support',
    });
    expect(members.map((member) => member.platformUserId)).toEqual(['u-ann', 'u-bram']);
    expect(members.find((member) => member.platformUserId === 'u-bram')).toEqual({
      platformUserId: 'u-bram',
      displayName: 'Bram Leider',
      timeZone: 'Europe/Amsterdam',
      locale: 'nl',
    });
  });
});
