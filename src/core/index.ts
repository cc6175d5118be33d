export * from './rotation.ts';
export {
  PHASE_ROUNDS,
  coverageRounds,
  dueAnchors,
  type CoverageAnchor,
  type CoverageRounds,
} from './rotation-coverage.ts';
export {
  desiredCultureRounds,
  dueDesiredCulture,
  type DesiredCultureAnchor,
} from './rotation-desired-coverage.ts';
export * from './schedule.ts';
export {
  assertTimeZone,
  parseLocalTime,
  DEFAULT_WORKING_DAYS,
  DEFAULT_WORK_START,
  DEFAULT_WORK_END,
  type WorkingCalendar,
  type DateRange,
  type LocalTime,
} from './working-time.ts';
export * from './stats.ts';
export * from './scores.ts';
export * from './trends.ts';
export * from './periods.ts';
export * from './anonymity.ts';
export * from './comment-release.ts';
export * from './perception-gap.ts';
export * from './maturity.ts';
export * from './maturity-window.ts';
export * from './week-window.ts';
export * from './desired-window.ts';
export * from './rolling-score.ts';
export * from './period-trend.ts';
export * from './nudge-choice.ts';
export * from './nudge-effect.ts';
export * from './action-effect.ts';
export { parseTargetId, targetId } from './target-key.ts';
export * from './derivation-search.ts';
export * from './disclosure.ts';
export * from './enps-schedule.ts';
export * from './enps-periods.ts';
