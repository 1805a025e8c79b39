import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyAnalysisState } from '../hooks/use-reply-analysis.ts';
import { summarize } from '../summarize-analysis.ts';
import { CustomerCoaching } from './customer-coaching.tsx';
import { ForbiddenList } from './forbidden-list.tsx';
import { HighlightedReply } from './highlighted-reply.tsx';
import { SignalList } from './signal-list.tsx';

/** memoised: typing re-renders the page, but the results change only when the analysis does */
export const AnalysisResults = memo(function AnalysisResults({ state }: { state: ReplyAnalysisState }) {
  const { t } = useTranslation();
  const problem = state.status === 'invalid' || state.status === 'crashed';

  return (
    <div className="results">
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={problem ? 'results__summary results__summary--problem' : 'results__summary'}
      >
        {summarize(state, t)}
      </p>
      {state.status === 'ok' ? (
        <>
          <HighlightedReply analysis={state.analysis} />
          <SignalList analysis={state.analysis} />
          <ForbiddenList analysis={state.analysis} />
          <CustomerCoaching analysis={state.analysis} emotionSource={state.emotionSource} />
        </>
      ) : null}
    </div>
  );
});
