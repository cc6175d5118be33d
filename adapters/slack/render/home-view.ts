import type { types } from '@slack/bolt';
import type { Notice, OrgReport, TeamReport } from '../../../src/messages/types.ts';
import { LOCALES, type Locale } from '../../../src/model/keys.ts';
import { notice, t } from '../../../src/messages/index.ts';
import { ACTION } from './action-ids.ts';
import { LIMITS } from './block-kit-limits.ts';
import { renderNotice } from './notice.ts';
import { renderOrgReport } from './org-report.ts';
import { renderTeamReportSummary } from './team-report.ts';
import { divider, header, plain } from './text.ts';

/** Team summaries shown on App Home; the dashboard and `/pulse report` have the rest. */
export const HOME_MAX_TEAMS = 3;

export interface HomeModel {
  readonly locale: Locale;
  readonly paused: boolean;
  readonly participation: Notice;
  readonly privacy: Notice;
  /** The person's settings in words (language, time zone, paused), above the buttons to change them. */
  readonly settings: Notice;
  /** Latest reports of the teams this person leads (leaders); a notice for a team without results yet. */
  readonly teamReports: readonly (TeamReport | Notice)[];
  /** The organisation overview (HR and admins), or the notice that there are no results yet. */
  readonly orgReport?: OrgReport | Notice;
  readonly dashboardUrl?: string;
  /** A one-off notice on top, e.g. after a settings button. */
  readonly notice?: Notice;
}

/**
 * App Home: for everyone their participation, their settings with buttons to
 * change them, and the privacy explanation; for leaders the latest report of
 * their teams; for HR the organisation overview.
 */
export function renderHomeView(model: HomeModel): types.HomeView {
  const blocks: types.KnownBlock[] = [header(t(model.locale, 'app.name'))];
  if (model.notice) blocks.push(...renderNotice(model.notice).blocks);
  blocks.push(
    ...renderNotice(model.participation).blocks,
    divider,
    ...renderSettings(model.settings, model.paused, model.dashboardUrl),
    divider,
    ...renderNotice(model.privacy).blocks,
  );
  for (const report of model.teamReports.slice(0, HOME_MAX_TEAMS)) {
    blocks.push(
      divider,
      ...(report.kind === 'notice'
        ? renderNotice(report).blocks
        : [header(report.title), ...renderTeamReportSummary(report)]),
    );
  }
  const org = model.orgReport;
  if (org) blocks.push(divider, ...(org.kind === 'notice' ? renderNotice(org) : renderOrgReport(org)).blocks);
  return { type: 'home', blocks: blocks.slice(0, LIMITS.viewBlocks) };
}

const WORKING_HOURS = [
  ['07:00', '15:00'],
  ['08:00', '16:00'],
  ['08:30', '17:00'],
  ['09:00', '17:00'],
  ['09:00', '18:00'],
  ['10:00', '18:00'],
  ['12:00', '20:00'],
] as const;

/** The settings notice, then pause/resume, the two languages and the dashboard (App Home and `/pulse settings`). */
export function renderSettings(settings: Notice, paused: boolean, dashboardUrl?: string): types.KnownBlock[] {
  const { locale } = settings;
  const elements: (types.Button | types.StaticSelect)[] = [
    paused
      ? {
          type: 'button',
          action_id: ACTION.resume,
          text: plain(t(locale, 'chat.resume'), 75),
          style: 'primary',
          value: 'resume',
        }
      : { type: 'button', action_id: ACTION.pause, text: plain(t(locale, 'chat.pause'), 75), value: 'pause' },
    ...LOCALES.map((option): types.Button => ({
      type: 'button',
      action_id: `${ACTION.languagePrefix}${option}`,
      // Each language named in itself, so everyone finds their own.
      text: plain(t(option, `language.${option}`), 75),
      value: option,
      ...(option === locale ? { style: 'primary' as const } : {}),
    })),
  ];
  elements.push({
    type: 'static_select',
    action_id: ACTION.workingHours,
    placeholder: plain(t(locale, 'chat.working-hours'), 150),
    // The pulse and its reminder come only inside these hours, in the person's own zone.
    options: WORKING_HOURS.map(([start, end]) => ({
      text: plain(`${start}–${end}`, 75),
      value: `${start}-${end}`,
    })),
  });
  if (dashboardUrl) {
    elements.push({
      type: 'button',
      action_id: `${ACTION.linkPrefix}dashboard`,
      text: plain(t(locale, 'notice.dashboard.link'), 75),
      url: dashboardUrl,
    });
  }
  return [...renderNotice(settings).blocks, { type: 'actions', block_id: 'settings', elements }];
}

/** App Home for someone the bot does not know yet. */
export function renderUnknownHome(locale: Locale): types.HomeView {
  return {
    type: 'home',
    blocks: [header(t(locale, 'app.name')), ...renderNotice(notice('not-member', locale)).blocks],
  };
}
