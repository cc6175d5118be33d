import { adminNotice } from '../messages/admin-notices.ts';
import { t } from '../messages/index.ts';
import type { Notice } from '../messages/types.ts';
import { resolveLocale } from '../model/index.ts';
import { dashboardPaths, type LinkResolver } from './dashboard-links.ts';
import type { PersonView } from './services.ts';

/**
 * The answer to an admin's `admin` command: a link to the admin page that
 * opens as them (signed for them on a chat platform). Anyone else is told
 * that only admins can, and gets no link; the page checks again on every
 * request, so a link kept after the role is taken away opens nothing.
 */
export async function adminPageNotice(links: LinkResolver, person: PersonView): Promise<Notice> {
  const locale = resolveLocale(person.locale);
  if (!person.isAdmin) return adminNotice(locale, 'admin.only', {}, 'error');
  return {
    kind: 'notice',
    locale,
    tone: 'info',
    text: t(locale, 'admin-page.link.text'),
    link: {
      label: t(locale, 'admin-page.link.label'),
      url: await links.dashboard(person, dashboardPaths.admin),
    },
  };
}
