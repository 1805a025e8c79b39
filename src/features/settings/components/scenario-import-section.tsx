import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportedScenarios } from '../../../data/hooks.ts';
import { deleteImportedScenario, saveImportedScenario } from '../../../data/scenario-repository.ts';
import { isBuiltinScenario } from '../../../data/scenario-library.ts';
import type { ScenarioIssue } from '../../../engine/scenario/issues.ts';
import { lintText } from '../../../engine/scenario/lint-scenario.ts';
import { MAX_SCENARIO_BYTES } from '../../../engine/scenario/parse-scenario.ts';
import { pickLocalized } from '../../../ui/localized-text.ts';
import { useFormatBytes, useSettingsMessages } from '../hooks/use-settings-messages.ts';

type Outcome =
  | { kind: 'checking' }
  | { kind: 'invalid'; file: string; errors: number; issues: ScenarioIssue[] }
  | { kind: 'saved'; title: string; lang: string; id: string; version: number; warnings: ScenarioIssue[] }
  | { kind: 'message'; text: string; error: boolean };

function IssueList({ issues }: { issues: readonly ScenarioIssue[] }) {
  const { t } = useTranslation('settings');
  return (
    <ul className="settings-issues">
      {issues.map((issue, i) => (
        <li key={i} className={`settings-issue settings-issue--${issue.severity}`}>
          <strong>{t(`scenarios.severity.${issue.severity}`)}</strong>
          {issue.line !== undefined && (
            <>
              {' · '}
              <span className="settings-issue__where">
                {t('scenarios.position', { line: issue.line, column: issue.column ?? 1 })}
              </span>
            </>
          )}
          {' · '}
          {/* the engine explains in English; the code is the key in the trainer's scenario guide */}
          <span lang="en">{issue.message}</span> <code>{issue.code}</code>
        </li>
      ))}
    </ul>
  );
}

/** for trainers: a scenario file (YAML or JSON) is linted, then stored and listed in the catalog */
export function ScenarioImportSection() {
  const { t, i18n } = useTranslation('settings');
  const { saveError } = useSettingsMessages();
  const formatBytes = useFormatBytes();
  const headingId = useId();
  const fileId = useId();
  const noticeId = useId();
  const listHeadingId = useId();
  const imported = useImportedScenarios();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;

  const check = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_SCENARIO_BYTES) {
      return {
        kind: 'message',
        error: true,
        text: t('scenarios.tooLarge', { size: formatBytes(file.size), max: formatBytes(MAX_SCENARIO_BYTES) }),
      };
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { kind: 'message', error: true, text: t('scenarios.readFailed') };
    }
    const lint = lintText(text);
    if (lint.errors > 0 || !lint.scenario) {
      return { kind: 'invalid', file: file.name, errors: lint.errors, issues: lint.issues };
    }
    const { scenario } = lint;
    // the built-in scenario would win every lookup, so the imported one could never be played
    if (isBuiltinScenario(scenario.id)) {
      return { kind: 'message', error: true, text: t('scenarios.builtinId', { id: scenario.id }) };
    }
    const saved = await saveImportedScenario(text);
    if (!saved.ok) {
      const { error } = saved;
      return 'retryable' in error
        ? { kind: 'message', error: true, text: saveError(error) }
        : { kind: 'invalid', file: file.name, errors: error.issues.length, issues: error.issues };
    }
    const title = pickLocalized(scenario.title, uiLanguage, scenario.locales);
    return {
      kind: 'saved',
      title: title.text,
      lang: title.lang,
      id: scenario.id,
      version: scenario.version,
      warnings: lint.issues.filter((i) => i.severity === 'warning'),
    };
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'checking' });
    const next = await check(file);
    input.value = '';
    setOutcome(next);
  };

  const remove = async (id: string, title: string) => {
    const result = await deleteImportedScenario(id);
    setOutcome(
      result.ok
        ? { kind: 'message', error: false, text: t('scenarios.removed', { title }) }
        : { kind: 'message', error: true, text: saveError(result.error) },
    );
  };

  let message: ReactNode = null;
  if (outcome?.kind === 'checking') message = <p>{t('scenarios.checking')}</p>;
  else if (outcome?.kind === 'invalid') {
    message = (
      <div className="settings-error">
        <p>{t('scenarios.invalid', { file: outcome.file, count: outcome.errors })}</p>
        <IssueList issues={outcome.issues} />
      </div>
    );
  } else if (outcome?.kind === 'saved') {
    message = (
      <>
        <p>{t('scenarios.saved', { title: outcome.title, id: outcome.id, version: outcome.version })}</p>
        {outcome.warnings.length > 0 && (
          <>
            <p>{t('scenarios.warnings', { count: outcome.warnings.length })}</p>
            <IssueList issues={outcome.warnings} />
          </>
        )}
      </>
    );
  } else if (outcome?.kind === 'message') {
    message = <p className={outcome.error ? 'settings-error' : undefined}>{outcome.text}</p>;
  }

  const rows = imported?.rows ?? [];
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('scenarios.heading')}</h2>
      <p>{t('scenarios.intro')}</p>
      <div className="settings-field">
        <label htmlFor={fileId}>{t('scenarios.importLabel')}</label>
        <input
          id={fileId}
          className="settings-file"
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          aria-describedby={noticeId}
          onChange={(e) => void importFile(e)}
        />
      </div>
      <div id={noticeId} className="settings-notice" role="status">
        {message}
      </div>
      <h3 id={listHeadingId}>{t('scenarios.listHeading')}</h3>
      {imported !== undefined && rows.length === 0 ? (
        <p className="settings-hint">{t('scenarios.none')}</p>
      ) : (
        <ul className="settings-scenarios" aria-labelledby={listHeadingId}>
          {rows.map((row) => {
            const title = pickLocalized(row.title, uiLanguage, []);
            const titleId = `${listHeadingId}-${row.id}`;
            return (
              <li key={row.id} className="settings-row">
                <span id={titleId} lang={title.lang}>
                  {title.text}
                </span>
                <span className="settings-hint">
                  <code>{row.id}</code> {t('scenarios.version', { version: row.version })}
                </span>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-describedby={titleId}
                  onClick={() => void remove(row.id, title.text)}
                >
                  {t('scenarios.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
