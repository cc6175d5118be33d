import { refusal } from '../messages/refusals.ts';
import { LOCALES, type Locale } from '../model/keys.ts';
import { resolveLocale } from '../model/localized-text.ts';
import type { Env } from './section.ts';

/**
 * The language the command line speaks to the admin: `--language` when they
 * give it, else their shell's (LC_ALL, LC_MESSAGES, then LANG, the order
 * POSIX gives them), so `LANG=nl_NL.UTF-8` reads Dutch. Any other language,
 * or none (`C`, `POSIX`), is English. It is read apart from the rest of the
 * configuration: a wrong configuration is itself told in this language.
 */
export function commandLineLanguage(chosen: string | undefined, env: Env = process.env): Locale {
  if (chosen !== undefined) {
    const language = LOCALES.find((locale) => locale === chosen.toLowerCase());
    if (!language) throw refusal('usage', 'refusal.cli.language-unknown', { language: chosen });
    return language;
  }
  const shell = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return resolveLocale(shell);
}
