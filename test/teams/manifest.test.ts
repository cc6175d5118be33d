import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { Resvg } from '@resvg/resvg-js';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames, menuNames, parseCommand, TEAMS_COMMANDS } from '../../adapters/teams/commands.ts';
import { pngSize } from '../../adapters/teams/render/card-checks.ts';
import { cleanEnv, finished, type Finished } from '../support/run-cli.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/teams-package.ts', import.meta.url));
const BOT_ID = '1b4d7f0e-9c2a-4e55-8b1a-3f6c2d9e0a71';

/**
 * The newest manifest version Microsoft's manifest reference calls current
 * (see "App package" in adapters/teams/README.md for where that was read);
 * @microsoft/app-manifest ships newer schemas than Microsoft documents.
 */
const DOCUMENTED_CURRENT = '1.23';

/** The schemas @microsoft/app-manifest ships, one folder per manifest version (v1.0 … v1.30, vDevPreview). */
const SCHEMAS = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

function schemaFor(version: string): object {
  return JSON.parse(readFileSync(join(SCHEMAS, `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8'));
}

/** Offline: the bundled schema compiled by Ajv (draft-04, as the schema says), never the package's downloading validator. */
function manifestErrors(manifest: unknown, version: string): string[] {
  // Microsoft's schema is not written for Ajv's strict mode (e.g. additionalProperties without a type).
  // Both packages are CommonJS with `exports.default`, which is what the types describe.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schemaFor(version));
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function runPackage(args: string[], cwd: string): Promise<Finished> {
  const child = spawn(process.execPath, [SCRIPT, ...args], { cwd, env: cleanEnv({}), stdio: 'pipe' });
  return finished(child);
}

let dir: string;
let run: Finished;
let files: Record<string, Uint8Array>;
let manifest: {
  manifestVersion: string;
  id: string;
  validDomains: string[];
  developer: Record<string, string>;
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string }[] }[];
  }[];
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
  run = await runPackage(['--bot-id', BOT_ID, '--public-url', 'https://pulse.example.com:8443/bot'], dir);
  files = unzipSync(readFileSync(join(dir, 'dist/teams-app.zip')));
  manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Teams app package', () => {
  it('is written as dist/teams-app.zip with the manifest and the two icons', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('teams-app.zip');
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('holds a manifest on the version Microsoft documents as current, validated offline against its bundled schema', () => {
    expect(manifest.manifestVersion).toBe(DOCUMENTED_CURRENT);
    expect(readdirSync(SCHEMAS)).toContain(`v${DOCUMENTED_CURRENT}`);
    expect(manifestErrors(manifest, manifest.manifestVersion)).toEqual([]);
  });

  it('the validation can fail: a missing developer, an unknown scope, the wrong manifest version', () => {
    const broken: Partial<typeof manifest> & Pick<typeof manifest, 'bots'> = structuredClone(manifest);
    delete broken.developer;
    broken.bots[0]!.scopes = ['personal', 'meeting'];
    broken.manifestVersion = '1.22';
    expect(manifestErrors(broken, manifest.manifestVersion)).toEqual([
      " must have required property 'developer'",
      '/manifestVersion must be equal to constant',
      '/bots/0/scopes/1 must be equal to one of the allowed values',
    ]);
  });

  it('fills in the bot, the app id, the version and the public URL’s host as the valid domain', () => {
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual(['pulse.example.com']);
    expect(manifest.developer.websiteUrl).toBe('https://pulse.example.com:8443/bot');
    expect(JSON.stringify(manifest)).not.toContain('filled in by');
  });

  it('offers the bot in 1:1 chats and teams, with the commands adapters/teams/commands.ts defines', () => {
    const [bot] = manifest.bots;
    expect(bot!.scopes).toEqual(['personal', 'team']);
    const lists = Object.fromEntries(
      bot!.commandLists.map((list) => [list.scopes.join(), list.commands.map((c) => c.title)]),
    );
    expect(lists).toEqual({ personal: menuNames('personal'), team: menuNames('team') });
    expect(commandNames('personal')).toEqual(TEAMS_COMMANDS.map((command) => command.name));
    expect(menuNames('personal').length).toBeLessThanOrEqual(10);
  });

  it('draws the colour icon at 192 × 192 and the outline icon at 32 × 32 pixels', () => {
    expect(pngSize(files['color.png']!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files['outline.png']!)).toEqual({ width: 32, height: 32 });
  });

  it('draws the outline icon in white only, on transparency', () => {
    // resvg decodes the packaged PNG when it draws it as an image; its pixels are premultiplied RGBA.
    const png = Buffer.from(files['outline.png']!).toString('base64');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><image width="32" height="32" href="data:image/png;base64,${png}"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = pixels.subarray(i, i + 4);
      colours.add(r === a && g === a && b === a ? 'white' : `${r},${g},${b},${a}`);
    }
    expect([...colours]).toEqual(['white']);
    expect(pixels.some((value) => value === 0) && pixels.some((value) => value === 255)).toBe(true);
  });

  it('refuses a bot id that is not a GUID and a public URL that is not https, saying what is wrong', async () => {
    const noGuid = await runPackage(['--bot-id', 'my-bot', '--public-url', 'https://pulse.example.com'], dir);
    expect(noGuid.code).toBe(2);
    expect(noGuid.stderr).toContain('--bot-id must be');
    const plainHttp = await runPackage(['--bot-id', BOT_ID, '--public-url', 'http://pulse.example.com'], dir);
    expect(plainHttp.code).toBe(2);
    expect(plainHttp.stderr).toContain('https://');
  });
});

describe('commands typed to the bot', () => {
  it('reads the command and its arguments, without the @mention Teams puts in a channel', () => {
    expect(parseCommand('<at>Excellence Pulse</at> language nl')).toEqual({ name: 'language', args: ['nl'] });
    expect(parseCommand('  Report  Support & Service ')).toEqual({
      name: 'report',
      args: ['Support', '&', 'Service'],
    });
    expect(parseCommand('/pause')).toEqual({ name: 'pause', args: [] });
    expect(parseCommand('hours 09:00-17:00')).toEqual({ name: 'hours', args: ['09:00-17:00'] });
  });

  it('gives undefined for anything else', () => {
    expect(parseCommand('hello there')).toBeUndefined();
    expect(parseCommand('<at>Excellence Pulse</at>')).toBeUndefined();
    expect(parseCommand('')).toBeUndefined();
  });
});
