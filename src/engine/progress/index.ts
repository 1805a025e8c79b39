export {
  dimensionAverages,
  dimensionTrend,
  forbiddenCounts,
  RECENT_ATTEMPTS,
  suggestNextScenario,
  timePractised,
  weakestDimension,
} from './progress.ts';
export type { AttemptSummary, DimensionAverage, ScenarioSummary } from './progress.ts';
