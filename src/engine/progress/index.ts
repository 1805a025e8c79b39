export {
  dimensionAverages,
  dimensionTrend,
  forbiddenCounts,
  RECENT_ATTEMPTS,
  suggestNextScenario,
  summarizeConversation,
  timePractised,
  weakestDimension,
} from './progress.ts';
export type { AttemptSummary, ConversationSummary, DimensionAverage, ScenarioSummary } from './progress.ts';
