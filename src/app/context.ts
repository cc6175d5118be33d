import type { Logger } from '../logging/logger.ts';
import type { ContentBank, Locale } from '../model/index.ts';
import type { Db } from '../store/database.ts';
import type { Clock } from './clock.ts';
import type { LinkResolver } from './dashboard-links.ts';
import type { ChatPlatform } from './ports.ts';
import type { RetentionPolicy } from './retention.ts';

/** The settings of the engine that come from configuration. */
export interface EngineSettings {
  /** k: the fewest respondents a figure is shown for; locked into each round when it opens. */
  readonly k: number;
  /** The fewest comments a leader sees together (COMMENT_MIN_COMMENTS); locked into each round when it opens. */
  readonly minComments: number;
  /** Weeks of rounds each score and the indicative level pool (DEFAULT_WINDOW_WEEKS when absent). */
  readonly scoreWindowWeeks?: number;
  readonly perPerson: number;
  readonly defaultLocale: Locale;
  readonly defaultTimeZone: string;
  /** Base URL for links in messages (dashboard), without a trailing slash. */
  readonly publicUrl: string;
  /**
   * The secret the card-token digests are keyed with (ENCRYPTION_KEY); kept
   * out of the database so that no copy of it can recompute a digest.
   */
  readonly digestSecret?: string;
  /** Earlier values of ENCRYPTION_KEY (ENCRYPTION_KEY_PREVIOUS): during a key rotation, seals made under them still open. */
  readonly previousSecrets?: readonly string[];
  /** How long raw answers, comments and audit entries are kept (DEFAULT_RETENTION when absent). */
  readonly retention?: RetentionPolicy;
}

/** Everything a use case needs; built once in the composition root. */
export interface AppContext {
  readonly db: Db;
  readonly bank: ContentBank;
  readonly settings: EngineSettings;
  readonly platform: ChatPlatform;
  readonly log: Logger;
  /** The one source of "now" for every use case, job and service. */
  readonly clock: Clock;
  /** Links in messages, each made for the person who receives it (`viewAsLinks`, `signedLinks`). */
  readonly links: LinkResolver;
  /** Aborted when the process stops: long work (a fan-out) starts nothing new and hands claimed work back. */
  readonly stopping?: AbortSignal;
}
