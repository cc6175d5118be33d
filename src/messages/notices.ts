import type { Locale } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import { commentRule, commentThanks, type CommentThresholds } from './comment-words.ts';
import { localDateTime } from './dates.ts';
import type { MessageKey } from './i18n/catalog.ts';
import { t, tp } from './i18n/translate.ts';
import type { FeatureRef, Notice, Phrase } from './types.ts';

/** The parameters each notice needs; `undefined` means none. */
export interface NoticeParams {
  readonly paused: undefined;
  readonly resumed: undefined;
  /** Build it in the new language: it confirms the switch by speaking it. */
  readonly 'language-changed': undefined;
  readonly 'already-answered': undefined;
  readonly 'round-closed': undefined;
  readonly 'not-member': undefined;
  readonly forbidden: undefined;
  readonly 'answer-recorded': undefined;
  readonly 'answer-invalid': undefined;
  readonly 'comment-thanks': CommentThresholds;
  readonly 'link-expired': undefined;
  readonly 'not-found': undefined;
  readonly 'not-yours': undefined;
  readonly 'not-in-team': undefined;
  readonly 'no-reports': undefined;
  readonly 'unknown-command': { readonly command: string };
  readonly error: undefined;
  readonly dashboard: { readonly url: string };
  /**
   * Before the first round of a team (or of any team, for the organisation)
   * has closed. `subject` is the team's name, or omitted for the organisation;
   * `expected` is when the open round closes, shown in `timeZone`.
   */
  readonly 'no-results': {
    readonly subject?: string;
    readonly expected?: Date;
    readonly timeZone: string;
  };
  /** A dashboard link from the bot that has run out; `days` is how long such links last. */
  readonly 'dashboard-link-expired': { readonly days: number };
  readonly 'export-ready': { readonly url: string };
  readonly erased: undefined;
  readonly settings: { readonly locale: Locale; readonly timeZone: string; readonly paused: boolean };
  /** Counts from the participation ledger: the person's own, never their answers. */
  readonly 'my-participation': { readonly invited: number; readonly answered: number };
  readonly 'team-added': { readonly team: string };
  readonly 'role-assigned': undefined;
  readonly 'working-hours-changed': { readonly start: string; readonly end: string };
}

export type NoticeKey = keyof NoticeParams;

type ParamsArg<K extends NoticeKey> = NoticeParams[K] extends undefined ? [] : [params: NoticeParams[K]];

type NoticeBody = Pick<Notice, 'tone' | 'text'> & Partial<Pick<Notice, 'title' | 'link'>>;

const plain =
  (tone: Notice['tone'], key: MessageKey) =>
  (locale: Locale): NoticeBody => ({ tone, text: tp(locale, key) });

const NOTICES: { readonly [K in NoticeKey]: (locale: Locale, params: NoticeParams[K]) => NoticeBody } = {
  paused: plain('info', 'notice.paused'),
  resumed: plain('success', 'notice.resumed'),
  'language-changed': plain('success', 'notice.language-changed'),
  'already-answered': plain('info', 'notice.already-answered'),
  'round-closed': plain('warning', 'notice.round-closed'),
  'not-member': plain('info', 'notice.not-member'),
  forbidden: plain('error', 'notice.forbidden'),
  'answer-recorded': plain('success', 'notice.answer-recorded'),
  'answer-invalid': plain('error', 'notice.answer-invalid'),
  'comment-thanks': (locale, thresholds) => ({ tone: 'success', text: commentThanks(locale, thresholds) }),
  'link-expired': plain('warning', 'notice.link-expired'),
  'not-found': plain('error', 'notice.not-found'),
  'not-yours': plain('warning', 'notice.not-yours'),
  'not-in-team': plain('info', 'notice.not-in-team'),
  'no-reports': plain('info', 'notice.no-reports'),
  'unknown-command': (locale, { command }) => ({
    tone: 'warning',
    text: tp(locale, 'notice.unknown-command', { command }),
  }),
  error: plain('error', 'notice.error'),
  dashboard: (locale, { url }) => ({
    tone: 'info',
    text: t(locale, 'notice.dashboard'),
    link: { label: t(locale, 'notice.dashboard.link'), url },
  }),
  'no-results': (locale, { subject, expected, timeZone }) => {
    const params = { subject: subject ?? t(locale, 'notice.no-results.organisation') };
    return {
      tone: 'info',
      title: t(locale, 'notice.no-results.title'),
      text: expected
        ? t(locale, 'notice.no-results.expected', { ...params, ...localDateTime(expected, timeZone, locale) })
        : t(locale, 'notice.no-results', params),
    };
  },
  'dashboard-link-expired': (locale, { days }) => ({
    tone: 'warning',
    title: t(locale, 'notice.dashboard-link-expired.title'),
    text: tp(locale, 'notice.dashboard-link-expired', { days }),
  }),
  'export-ready': (locale, { url }) => ({
    tone: 'success',
    text: t(locale, 'notice.export-ready'),
    link: { label: t(locale, 'notice.export-ready.link'), url },
  }),
  erased: plain('success', 'notice.erased'),
  'team-added': (locale, { team }) => ({ tone: 'success', text: t(locale, 'notice.team-added', { team }) }),
  'role-assigned': plain('success', 'notice.role-assigned'),
  'working-hours-changed': (locale, { start, end }) => ({
    tone: 'success',
    text: t(locale, 'notice.working-hours-changed', { start, end }),
  }),
  'my-participation': (locale, { invited, answered }) => ({
    tone: 'info',
    title: t(locale, 'notice.my-participation.title'),
    text: t(locale, 'notice.my-participation', { invited, answered }),
  }),
  settings: (locale, settings) => ({
    tone: 'info',
    title: t(locale, 'notice.settings.title'),
    text: tp(locale, 'notice.settings', {
      language: t(locale, `language.${settings.locale}`),
      timeZone: settings.timeZone,
      status: t(locale, settings.paused ? 'notice.settings.paused' : 'notice.settings.active'),
    }),
  }),
};

/**
 * A short message to one person, in their language. Keys without parameters
 * take none; the others say what they need.
 *
 * @example notice('paused', 'nl')
 * @example notice('dashboard', 'en', { url: 'https://pulse.example.com/me' })
 */
export function notice<K extends NoticeKey>(key: K, locale: string, ...params: ParamsArg<K>): Notice {
  const resolved = resolveLocale(locale);
  // ParamsArg ties the rest parameter to the key; TypeScript cannot narrow that through the index.
  const body = NOTICES[key](resolved, params[0] as NoticeParams[K]);
  return { kind: 'notice', locale: resolved, ...body };
}

/** The full privacy explanation: what is stored, what never is, k, and the person's own rights. */
export function privacyNotice(locale: string, settings: CommentThresholds): Notice {
  const resolved = resolveLocale(locale);
  return {
    kind: 'notice',
    locale: resolved,
    tone: 'info',
    title: t(resolved, 'privacy.title'),
    text: tp(resolved, 'privacy.text', { k: settings.k, commentRule: commentRule(resolved, settings) }),
  };
}

/**
 * Every feature a person can ask for, each with how to reach it on their
 * platform; making an action is listed only for those who may (a team's
 * leader or an admin), as anyone else would only be refused.
 */
export function helpNotice(locale: string, reader: { readonly makesActions?: boolean } = {}): Notice {
  const resolved = resolveLocale(locale);
  const text = tp(resolved, 'help.text');
  return {
    kind: 'notice',
    locale: resolved,
    tone: 'info',
    title: t(resolved, 'help.title'),
    text: reader.makesActions ? [...phrases(text), '\n', ...phrases(tp(resolved, 'help.action'))] : text,
  };
}

function phrases(phrase: Phrase): readonly (string | FeatureRef)[] {
  return typeof phrase === 'string' ? [phrase] : phrase;
}
