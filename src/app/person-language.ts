import { notice } from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale, type Locale } from '../model/index.ts';
import { PulseError } from '../errors.ts';
import type { AdminContext } from './admin-actions.ts';

/**
 * A person picks their language (a chat command, a settings button, the
 * switch on the playground or the dashboard). It is theirs from then on:
 * `localeChosen` keeps the member sync from putting the platform's back.
 * The change is audited with what it was and what it became.
 */
export async function choosePersonLocale(
  ctx: AdminContext,
  personId: string,
  locale: Locale,
): Promise<Notice> {
  const person = await ctx.db.person.findUnique({ where: { id: personId } });
  if (!person) {
    throw new PulseError(
      'not_found',
      'You are not set up in Excellence Pulse yet. Ask your admin to add your team.',
    );
  }
  await ctx.db.person.update({ where: { id: person.id }, data: { locale, localeChosen: true } });
  await ctx.db.auditLog.create({
    data: {
      organizationId: person.organizationId,
      actorId: person.id,
      action: 'person.language',
      // The bare id, as erasure looks for it: erasing the person takes their id out of this entry too.
      subject: person.id,
      detail: JSON.stringify({ from: resolveLocale(person.locale), to: locale }),
      at: ctx.clock.now(),
    },
  });
  return notice('language-changed', locale);
}
