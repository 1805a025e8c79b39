import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioIssue } from '../../../engine/scenario/index.ts';
import type { CatalogProblem } from '../hooks/use-catalog.ts';

/** issues listed per file; a file with hundreds of problems shows the first few */
const SHOWN_ISSUES = 5;

function IssueLine({ issue }: { issue: ScenarioIssue }) {
  const { t } = useTranslation('catalog');
  return (
    <li className={`load-problems__issue load-problems__issue--${issue.severity}`}>
      {issue.line !== undefined && (
        <span className="load-problems__where">
          {t('problems.position', { line: issue.line, column: issue.column ?? 1 })}
        </span>
      )}{' '}
      {/* the engine explains in English; the code lets a trainer look it up in the scenario guide */}
      <span lang="en">{issue.message}</span> <code>{issue.code}</code>
    </li>
  );
}

/** scenario files that failed to load, said plainly for the trainer who wrote them */
export function LoadProblems({ problems }: { problems: readonly CatalogProblem[] }) {
  const { t } = useTranslation('catalog');
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="load-problems" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('problems.heading')}</h2>
      <p>{t('problems.intro')}</p>
      <ul className="load-problems__files">
        {problems.map((problem, index) => (
          <li key={`${problem.source}-${index}`} className="load-problems__file">
            <code className="load-problems__source">{problem.source}</code>
            {problem.kind === 'duplicate' && <p>{t('problems.duplicate', { id: problem.id })}</p>}
            {problem.kind === 'unreadable' && <p>{t('problems.unreadable')}</p>}
            {problem.kind === 'invalid' && (
              <ul className="load-problems__issues">
                {problem.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                  <IssueLine key={i} issue={issue} />
                ))}
                {problem.issues.length > SHOWN_ISSUES && (
                  <li>{t('problems.more', { count: problem.issues.length - SHOWN_ISSUES })}</li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
