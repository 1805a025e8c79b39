import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAnalyzerStore, type AnalyzerDraft, type AnalyzerState } from '../analyzer-store.ts';
import { useReplyAnalysis } from '../hooks/use-reply-analysis.ts';
import { AnalysisResults } from './analysis-results.tsx';
import { ExampleReplies } from './example-replies.tsx';
import { ReplyForm } from './reply-form.tsx';
import '../analyzer.css';

function pickDraft({ reply, customer, emotion, lang, touched }: AnalyzerState): AnalyzerDraft {
  return { reply, customer, emotion, lang, touched };
}

/** a trainer types a reply and sees how the analyzer reads it */
export function AnalyzerPage() {
  const { t } = useTranslation();
  const formHeadingId = useId();
  const resultHeadingId = useId();
  const draft = useAnalyzerStore(useShallow(pickDraft));
  const { state, isStale } = useReplyAnalysis(draft);
  const replyError =
    state.status === 'invalid' ? t(`analysis.inputError.${state.code}`, { ...state.params }) : null;

  return (
    <div className="analyzer">
      <title>{t('analyzer.documentTitle')}</title>
      <div className="analyzer__intro">
        <h1>{t('analyzer.title')}</h1>
        <p>{t('analyzer.intro')}</p>
      </div>
      <div className="analyzer__grid">
        <section className="panel" aria-labelledby={formHeadingId}>
          <h2 id={formHeadingId}>{t('analyzer.form.heading')}</h2>
          <ReplyForm draft={draft} replyError={replyError} />
          <ExampleReplies />
        </section>
        <section className="panel panel--results" aria-labelledby={resultHeadingId} aria-busy={isStale}>
          <h2 id={resultHeadingId}>{t('analyzer.result.heading')}</h2>
          <AnalysisResults state={state} />
        </section>
      </div>
    </div>
  );
}
