import type { MessageKey } from '../messages/i18n/catalog.ts';
import { t, type MessageParams } from '../messages/i18n/translate.ts';
import type { Locale } from '../model/keys.ts';
import { DEFAULT_LOCALE } from '../model/localized-text.ts';
import type { CommandIo } from './content-command.ts';

/** Where an admin's command writes, and the language the admin reads it in (`commandLineLanguage`). */
export interface AdminIo extends CommandIo {
  /** English when the caller names none. */
  readonly locale?: Locale;
}

/** The admin's language for `io`. */
export function localeOf(io: AdminIo): Locale {
  return io.locale ?? DEFAULT_LOCALE;
}

/** The catalogue's words for `key` in the admin's language. */
export function say(io: AdminIo, key: MessageKey, params: MessageParams = {}): string {
  return t(localeOf(io), key, params);
}
