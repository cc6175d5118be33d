/**
 * `npm run teams:package -- --bot-id <guid> --public-url https://…` writes the
 * Teams app package an admin uploads (dist/teams-app.zip): the manifest from
 * manifest/teams/manifest.json with this bot's ids and addresses filled in,
 * and the two icons drawn from their SVG sources beside it. The PNGs are not
 * kept in the repository: drawn here, they always match their source.
 *
 *   --bot-id       the Azure Bot's Microsoft App ID (TEAMS_CLIENT_ID)
 *   --public-url   where people reach the bot (PUBLIC_URL); its host becomes the valid domain
 *   --app-id       the Teams app's own id, when it is not the bot id
 *   --privacy-url  your organisation's privacy statement (default: the public URL)
 *   --terms-url    your terms of use (default: the public URL)
 *   --out          where to write the zip (default: dist/teams-app.zip)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { strToU8, zipSync } from 'fflate';

const ROOT = new URL('../', import.meta.url);
const MANIFEST_DIR = new URL('manifest/teams/', ROOT);
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** The icons Teams asks for: a full-colour one of 192 × 192 and a white outline of 32 × 32 on transparency. */
const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

interface Options {
  readonly botId: string;
  readonly appId: string;
  readonly publicUrl: URL;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  readonly out: string;
}

function usage(problem: string): never {
  console.error(`teams:package: ${problem}
usage: npm run teams:package -- --bot-id <guid> --public-url https://pulse.example.com
       [--app-id <guid>] [--privacy-url <url>] [--terms-url <url>] [--out dist/teams-app.zip]`);
  process.exit(2);
}

function httpsUrl(flag: string, value: string): URL {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'https:')
    usage(`--${flag} must be an https:// address (Teams only calls bots over HTTPS).`);
  return url;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      'bot-id': { type: 'string' },
      'app-id': { type: 'string' },
      'public-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      out: { type: 'string', default: 'dist/teams-app.zip' },
    },
  });
  const botId = values['bot-id'];
  if (!botId || !GUID.test(botId)) usage('--bot-id must be the bot’s Microsoft App ID, a GUID.');
  const appId = values['app-id'] ?? botId;
  if (!GUID.test(appId)) usage('--app-id must be a GUID.');
  if (!values['public-url']) usage('--public-url is missing.');
  const publicUrl = httpsUrl('public-url', values['public-url']);
  return {
    botId,
    appId,
    publicUrl,
    privacyUrl: httpsUrl('privacy-url', values['privacy-url'] ?? publicUrl.href).href,
    termsUrl: httpsUrl('terms-url', values['terms-url'] ?? publicUrl.href).href,
    out: resolve(values.out),
  };
}

/** The manifest with this bot's ids, version and addresses in the places the template marks. */
function filledManifest(options: Options): string {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', MANIFEST_DIR), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string };
  manifest.version = pkg.version;
  manifest.id = options.appId;
  manifest.developer = {
    ...manifest.developer,
    websiteUrl: options.publicUrl.href,
    privacyUrl: options.privacyUrl,
    termsOfUseUrl: options.termsUrl,
  };
  manifest.bots[0].botId = options.botId;
  manifest.validDomains = [options.publicUrl.hostname];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function drawIcon(file: keyof typeof ICONS): Uint8Array {
  const svg = readFileSync(new URL(file.replace(/\.png$/, '.svg'), MANIFEST_DIR), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: ICONS[file] } }).render().asPng();
}

function buildPackage(options: Options): void {
  const zip = zipSync(
    {
      'manifest.json': strToU8(filledManifest(options)),
      'color.png': drawIcon('color.png'),
      'outline.png': drawIcon('outline.png'),
    },
    // A fixed time in the zip's entries, so the same inputs give the same package.
    { level: 9, mtime: '2026-01-01T00:00:00Z' },
  );
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, zip);
  console.log(`Wrote ${options.out}: manifest.json, color.png, outline.png for bot ${options.botId}.`);
  console.log('Upload it in Teams: Apps → Manage your apps → Upload an app (or in the Teams admin center).');
  if (options.privacyUrl === options.publicUrl.href || options.termsUrl === options.publicUrl.href) {
    console.log(
      'The privacy and terms links point at the public URL; pass --privacy-url and --terms-url for your own.',
    );
  }
}

buildPackage(readOptions(process.argv.slice(2)));
