import type { TFunction } from 'i18next';
import { SIGNAL_NAMES } from '../../engine/scoring/types.ts';
import type { ReplyAnalysisState } from './hooks/use-reply-analysis.ts';

/** the one-line result read out to screen readers as the reply changes */
export function summarize(state: ReplyAnalysisState, t: TFunction): string {
  switch (state.status) {
    case 'idle':
      return t('analyzer.result.placeholder');
    case 'crashed':
      return t('analyzer.result.crashed');
    case 'invalid':
      return t(`analysis.inputError.${state.code}`, { ...state.params });
    case 'ok': {
      const { analysis } = state;
      const langName = t(`analyzer.result.langName.${analysis.lang}`);
      return t('analyzer.result.summary', {
        lang:
          state.langSource === 'detected' ? t('analyzer.result.langDetected', { lang: langName }) : langName,
        signals: t('analyzer.result.signalCount', {
          count: SIGNAL_NAMES.filter((name) => analysis[name].fired).length,
          total: SIGNAL_NAMES.length,
        }),
        forbidden: t('analyzer.result.forbiddenCount', { count: analysis.forbidden.length }),
      });
    }
  }
}
