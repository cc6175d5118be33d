import { t, type FeatureReach } from '../../../src/messages/index.ts';

/**
 * How the playground reaches a feature: the dashboard (reports, your
 * participation) by the link at the top of the page; everything else is
 * asked of the bot in a chat app, which the playground says plainly.
 */
export const playgroundReach: FeatureReach = (feature, locale) =>
  feature === 'dashboard' || feature === 'report'
    ? t(locale, 'playground.reach.button', { label: t(locale, 'dashboard.open') })
    : t(locale, 'playground.reach.elsewhere', { name: t(locale, `feature.${feature}`) });
