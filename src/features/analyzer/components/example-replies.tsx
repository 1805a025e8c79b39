import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalyzerStore } from '../analyzer-store.ts';

const EXAMPLES = ['good', 'forbidden', 'tricky'] as const;

/** one-click sample replies, written in the interface language */
export function ExampleReplies() {
  const { t } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const loadExample = useAnalyzerStore((s) => s.loadExample);

  return (
    <section className="examples" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analyzer.examples.heading')}</h3>
      <p id={hintId} className="field__hint">
        {t('analyzer.examples.hint')}
      </p>
      <ul className="examples__list">
        {EXAMPLES.map((key) => (
          <li key={key}>
            <button
              type="button"
              className={`button example example--${key}`}
              aria-describedby={hintId}
              onClick={() =>
                loadExample({
                  reply: t(`analyzer.examples.${key}.reply`),
                  customer: t(`analyzer.examples.${key}.customer`),
                })
              }
            >
              {t(`analyzer.examples.${key}.label`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
