import { t, type FeatureReach } from '../../../src/messages/index.ts';

/**
 * How the playground reaches a feature: the dashboard (reports, your
 * participation) and your own data (a copy, erasure) by the links at the top
 * of the page; everything else is
 * asked of the bot in a chat app, which the playground says plainly.
 */
export const playgroundReach: FeatureReach = (feature, locale) => {
  if (feature === 'dashboard' || feature === 'report')
    return t(locale, 'playground.reach.button', { label: t(locale, 'dashboard.open') });
  if (feature === 'export' || feature === 'erase')
    return t(locale, 'playground.reach.button', { label: t(locale, 'my-data.open') });
  return t(locale, 'playground.reach.elsewhere', { name: t(locale, `feature.${feature}`) });
};
