import type { Hono } from 'hono';
import type { z } from 'zod';
import { configSection, type ConfigSection, type CoreConfig } from '../config/index.ts';
import type { MovableClock } from './clock.ts';
import type { AppContext } from './context.ts';
import type { LinkResolver, LinkSigner } from './dashboard-links.ts';
import type { PlatformServices } from './platform-services.ts';
import type { ChatPlatform } from './ports.ts';
import type { FeatureReach } from '../messages/index.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import type { PulseServices } from './services.ts';

/**
 * A chat platform the bot can run on: a folder under `adapters/<id>/` that
 * exports one of these, and one line in `src/compose/platforms.ts`. Its
 * variables have their own zod schema, parsed at boot with the core's.
 */
export interface PlatformModule {
  /** The platform's name, as organisations are stored with it (`Organization.platform`). */
  readonly id: string;
  /** Its environment variables, read at boot into the platform as configured. */
  readonly settings: ConfigSection<ConfiguredPlatform, CoreConfig>;
}

/** A platform module with its variables read. */
export interface ConfiguredPlatform {
  readonly id: string;
  /** The environment asks for this platform (its variables are set). */
  readonly wanted: boolean;
  /**
   * The local playground: it runs when no platform is wanted, and never next
   * to one (anyone could "view as" anyone) unless DEV_PLAYGROUND says so.
   */
  readonly playground: boolean;
  /** How it runs, for the start-up log ("Socket Mode", "HTTP with OAuth"). */
  readonly describe: string;
  start(routes: Hono, host: PlatformHost): Promise<StartedPlatform>;
}

/** What a platform is started with. */
export interface PlatformHost {
  /** The shared context: its platform and links reach whichever platform an organisation is on. */
  readonly ctx: AppContext;
  readonly services: PulseServices;
  /** Bound to this platform's id. */
  readonly platformServices: PlatformServices;
  /** The bot's clock; the playground's demo may move it forward. */
  readonly clock: MovableClock;
  /** Signs the per-person dashboard links a chat platform sends. */
  readonly signer: LinkSigner;
  readonly config: CoreConfig;
}

export interface StartedPlatform {
  /** How the use cases reach this platform's organisations. */
  readonly platform: ChatPlatform;
  /** How this platform's people reach a feature a notice points to (a command, a button). */
  readonly reach: FeatureReach;
  /** How a link opens as its person on this platform (signed links when absent). */
  readonly links?: LinkResolver;
  /** Work of the platform's own on each scheduler tick, after the engine's. */
  tick?(now: Date): Promise<void>;
  /** Stops taking requests and hands queued sends back. */
  stop(): Promise<void>;
}

export interface PlatformDefinition<Schema extends z.ZodObject> {
  readonly id: string;
  readonly schema: Schema;
  readonly secrets?: readonly string[];
  readonly urls?: readonly string[];
  /** A half-finished set of variables, named (it may look at the core's, e.g. PUBLIC_URL). */
  readonly check?: (values: z.infer<Schema>, core: CoreConfig) => readonly LocalizedText[];
  readonly wanted: (values: z.infer<Schema>) => boolean;
  readonly playground?: boolean;
  readonly describe: (values: z.infer<Schema>) => string;
  readonly start: (values: z.infer<Schema>, routes: Hono, host: PlatformHost) => Promise<StartedPlatform>;
}

/** A platform module from its schema and its start; the values reach `start` as the schema typed them. */
export function definePlatform<Schema extends z.ZodObject>(
  definition: PlatformDefinition<Schema>,
): PlatformModule {
  return {
    id: definition.id,
    settings: configSection(definition.schema, {
      ...(definition.secrets ? { secrets: definition.secrets } : {}),
      ...(definition.urls ? { urls: definition.urls } : {}),
      ...(definition.check ? { check: definition.check } : {}),
      build: (values): ConfiguredPlatform => ({
        id: definition.id,
        wanted: definition.wanted(values),
        playground: definition.playground ?? false,
        describe: definition.describe(values),
        start: (routes, host) => definition.start(values, routes, host),
      }),
    }),
  };
}
