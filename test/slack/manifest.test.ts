import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BOT_EVENTS, BOT_SCOPES, EVENT_SCOPES, METHOD_SCOPES } from '../../adapters/slack/manifest-scopes.ts';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = sources(join(root, 'adapters/slack')).join('\n');
const found = (pattern: RegExp) => new Set([...code.matchAll(pattern)].map((match) => match[1]!));

interface Manifest {
  features: { slash_commands: { command: string; url?: string }[]; app_home: Record<string, boolean> };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}
const manifest = (file: string) =>
  parse(readFileSync(join(root, 'manifest/slack', file), 'utf8')) as Manifest;

describe('Slack manifests list exactly what the code uses', () => {
  it('every Web API method the code calls has its scopes listed, and nothing else is listed', () => {
    const methods = found(/\.call(?:WithoutToken)?\(\s*[^,()]+,\s*'([a-zA-Z]+\.[a-zA-Z0-9.]+)'/g);
    expect([...methods].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
  });

  it('every event the code listens to is listed', () => {
    const events = found(/app\.event\(\s*'([a-z_]+)'/g);
    expect([...events].sort()).toEqual([...BOT_EVENTS]);
    expect(Object.keys(EVENT_SCOPES).sort()).toEqual([...BOT_EVENTS]);
  });

  it.each(['manifest.yaml', 'manifest.http.yaml'])(
    '%s has the scopes, events, command and App Home',
    (file) => {
      const app = manifest(file);
      expect([...app.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES]);
      expect([...app.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS]);
      expect(app.features.slash_commands.map((command) => command.command)).toEqual(['/pulse']);
      expect(app.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
      expect(app.settings.interactivity.is_enabled).toBe(true);
    },
  );

  it('the Socket Mode manifest needs no URL; the HTTP one sends everything to /slack/events', () => {
    const socket = manifest('manifest.yaml');
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();

    const http = manifest('manifest.http.yaml');
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
      http.features.slash_commands[0]?.url,
    ];
    for (const url of urls) expect(new URL(url!).pathname).toBe('/slack/events');
    expect(new URL(http.oauth_config.redirect_urls![0]!).pathname).toBe('/slack/oauth_redirect');
  });
});
