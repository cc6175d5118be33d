export type * from './types.ts';
export { buildPulseCard, scaleOptions, type PulseCardInput, type PulseCardItemInput } from './pulse-card.ts';
export {
  buildTeamReport,
  STRENGTH_COUNT,
  STRENGTH_MIN_SCORE,
  type CultureFigureInput,
  type NudgeHistoryInput,
  type TeamReportInput,
} from './team-report.ts';
export { WANTS_MORE_COUNT, wantsMoreNotes, type DesiredWindowInput } from './wants-more.ts';
export { enpsDetailLines, enpsSection, type EnpsFigureInput, type EnpsPeriodInput } from './enps-section.ts';
export { buildOrgReport, type HeatmapCellInput, type OrgReportInput } from './org-report.ts';
export { buildNudgePost, minutesLabel, type NudgePostInput } from './nudge-post.ts';
export {
  actionCheckInAnswer,
  actionCreatedNotice,
  buildActionCheckIn,
  dueDateLabel,
  type ActionCheckInInput,
} from './action-check-in.ts';
export { buildActionForm, type ActionForm } from './action-form.ts';
export {
  buildActionList,
  type ActionList,
  type ActionListInput,
  type ActionListItem,
  type ActionRow,
  type WindowedCell,
} from './action-list.ts';
export {
  erasedOnRequest,
  erasureRefused,
  erasureRequest,
  erasureRequestText,
  type ErasureCounts,
  type ErasureRequest,
} from './erasure-request.ts';
export { helpNotice, notice, privacyNotice, type NoticeKey, type NoticeParams } from './notices.ts';
export {
  ANSWER_REFUSALS,
  failureNotice,
  refusal,
  refusalFor,
  refusalText,
  type RefusalNotices,
} from './refusals.ts';
export { renderPlainText } from './render-plain-text.ts';
export { periodLabel, type PeriodRef } from './period-label.ts';
export { localDate, localDateTime } from './dates.ts';
export type { FigureInput, TrendFigureInput } from './score-cells.ts';
export type { HistoryInput } from './history.ts';
export { CATALOGS, formatNumber, t, tn, tp, type MessageParams } from './i18n/translate.ts';
export { FEATURES, isFeature } from './features.ts';
export { featureByName, spell, type FeatureReach } from './phrase.ts';
export { chartWords, type ChartWords } from './chart-words.ts';
export { chartAltText } from './chart-alt-text.ts';
export type { AreaCatalog, Catalog, MessageKey, PluralKey } from './i18n/catalog.ts';
