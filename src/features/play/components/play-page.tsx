import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  finishAttempt,
  getUnfinishedAttempt,
  saveProgress,
  startAttempt,
} from '../../../data/attempt-repository.ts';
import { deleteDraft, getDraft, saveDraft } from '../../../data/draft-repository.ts';
import type { Attempt } from '../../../data/entities.ts';
import { useCurrentTrainee } from '../../../data/hooks.ts';
import type { AttemptId, TraineeId } from '../../../data/ids.ts';
import type { LibraryEntry } from '../../../data/scenario-library.ts';
import { useScenarioEntry } from '../../../data/use-scenario-library.ts';
import type { Locale } from '../../../engine/scenario/constants.ts';
import { localize } from '../../../engine/scenario/lines.ts';
import type { Session, SessionInputRecord } from '../../../engine/session/session.ts';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { loadAnalyzerKit } from '../analyzer-loader.ts';
import { Conversation, type PlayMode } from './conversation.tsx';

interface Playing {
  attemptId: AttemptId;
  locale: Locale;
  seed: string;
  mode: PlayMode;
  resume?: readonly SessionInputRecord[];
  draft: string;
}

const DRAFT_DELAY_MS = 400;

/** the scenario's locale closest to the interface language */
function pickLocale(locales: readonly Locale[]): Locale {
  const ui = currentUiLanguage();
  if (locales.includes(ui)) return ui;
  const sibling: Locale | undefined = ui === 'zh-TW' ? 'zh-CN' : ui === 'zh-CN' ? 'zh-TW' : undefined;
  if (sibling && locales.includes(sibling)) return sibling;
  return locales[0] ?? 'en';
}

function newSeed(): string {
  return crypto.randomUUID();
}

/** `/play/:scenarioId`: start or resume an attempt, run the conversation, save every step, score at the end */
export function PlayPage({
  scenarioId,
  typingDelay,
}: {
  scenarioId: string;
  typingDelay?: (text: string) => number;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const mode: PlayMode = params.get('mode') === 'exam' ? 'exam' : 'practice';
  const trainee = useCurrentTrainee();
  const traineeId = trainee?.ok ? (trainee.row?.id ?? null) : null;
  const library = useScenarioEntry(scenarioId);
  const entry = library.entry;
  // read once per trainee and scenario, not live: a live query briefly keeps its previous answer when its
  // arguments change, which would start a new attempt over the one waiting to be resumed
  const [unfinished, setUnfinished] = useState<{ key: string; attempt: Attempt | null } | undefined>(
    undefined,
  );
  const unfinishedKey = traineeId ? `${traineeId}|${scenarioId}` : null;
  useEffect(() => {
    if (!traineeId) return;
    let live = true;
    void getUnfinishedAttempt(traineeId, scenarioId).then((result) => {
      if (live) setUnfinished({ key: `${traineeId}|${scenarioId}`, attempt: result.ok ? result.row : null });
    });
    return () => {
      live = false;
    };
  }, [traineeId, scenarioId]);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [finished, setFinished] = useState<{ attemptId: AttemptId; saved: boolean } | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const starting = useRef(false);

  const loading =
    trainee === undefined || library.loading || (traineeId !== null && unfinished?.key !== unfinishedKey);
  const pending = unfinished?.key === unfinishedKey ? (unfinished?.attempt ?? null) : null;

  async function start(id: TraineeId, scenario: LibraryEntry) {
    if (starting.current) return;
    starting.current = true;
    const locale = pickLocale(scenario.scenario.locales);
    const seed = newSeed();
    const [saved, draft] = await Promise.all([
      startAttempt({
        traineeId: id,
        scenarioId: scenario.id,
        scenarioVersion: scenario.scenario.version,
        locale,
        mode,
        seed,
      }),
      getDraft(id, scenario.id),
    ]);
    if (!saved.ok) {
      setStartError(saved.error.message);
      starting.current = false;
      return;
    }
    setPlaying({
      attemptId: saved.value.id,
      locale,
      seed,
      mode,
      draft: draft.ok ? (draft.row?.text ?? '') : '',
    });
  }

  async function resume(id: TraineeId, attempt: Attempt) {
    if (starting.current) return;
    starting.current = true;
    // replaying the saved replies reads them again
    const [draft, kit] = await Promise.all([
      getDraft(id, attempt.scenarioId),
      loadAnalyzerKit().then(
        () => true,
        () => false,
      ),
    ]);
    if (!kit) {
      setStartError(t('play.reply.error.analyzer_unavailable'));
      starting.current = false;
      return;
    }
    setPlaying({
      attemptId: attempt.id,
      locale: attempt.locale,
      seed: attempt.seed,
      mode: attempt.mode,
      resume: attempt.log,
      draft: draft.ok ? (draft.row?.text ?? '') : '',
    });
  }

  // a fresh start needs no choice; an unfinished attempt waits for the trainee to pick resume or start over
  useEffect(() => {
    if (loading || playing || !entry || !traineeId || pending) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state is set after the database answers, not during the effect
    void start(traineeId, entry);
  });

  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(draftTimer.current), []);

  if (loading) return <p className="muted">{t('app.loading')}</p>;
  if (!entry) {
    return (
      <section className="play-missing">
        <h1>{t('play.notFound.heading')}</h1>
        <p>{t('play.notFound.body', { id: scenarioId })}</p>
        <Link to="/">{t('play.notFound.back')}</Link>
      </section>
    );
  }
  const { scenario, compiled } = entry;
  const uiLocale = currentUiLanguage();
  const title = localize(scenario.title, uiLocale);
  const name = localize(scenario.persona.name, playing?.locale ?? uiLocale);

  if (!playing && pending && traineeId) {
    const replies = pending.transcript.filter((e) => e.kind === 'agent').length;
    return (
      <section className="play-resume" aria-labelledby="resume-heading">
        <title>{t('play.documentTitle', { title })}</title>
        <h1>{title}</h1>
        <h2 id="resume-heading">{t('play.resume.heading')}</h2>
        <p>
          {t('play.resume.body', {
            time: new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(
              pending.startedAt,
            ),
            replies,
          })}
        </p>
        <div className="play-resume__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void resume(traineeId, pending)}
          >
            {t('play.resume.resume')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void start(traineeId, entry)}>
            {t('play.resume.restart')}
          </button>
        </div>
      </section>
    );
  }

  if (!playing || !traineeId) {
    return startError ? (
      <p role="alert" className="reply-box__error">
        {startError}
      </p>
    ) : (
      <p className="muted">{t('app.loading')}</p>
    );
  }

  const progressOf = (session: Session) => ({
    log: session.log,
    transcript: session.transcript,
    moodTrace: session.moodTrace,
  });

  const onEnd = (session: Session) => {
    // a customer who leaves before the first reply ends the conversation before the analyzer was needed
    void loadAnalyzerKit()
      .then((kit) =>
        finishAttempt(playing.attemptId, kit.scoreSession(compiled, session.transcript), progressOf(session)),
      )
      .then(
        (result) => setFinished({ attemptId: playing.attemptId, saved: result.ok && result.saved }),
        () => setFinished({ attemptId: playing.attemptId, saved: false }),
      );
    void deleteDraft(traineeId, scenario.id);
  };

  return (
    <section className="play" aria-labelledby="play-heading">
      <title>{t('play.documentTitle', { title })}</title>
      <header className="play__header">
        <h1 id="play-heading">{title}</h1>
        <p className="play__meta">
          <span>{t('play.title', { name })}</span>
          <span className={`play__mode play__mode--${playing.mode}`}>
            {t('play.modeLine', {
              mode: t(`play.mode.${playing.mode}`),
              hint: t(`play.modeHint.${playing.mode}`),
            })}
          </span>
        </p>
        {playing.locale !== uiLocale && !scenario.locales.includes(uiLocale) ? (
          <p className="muted">{t('play.localeFallback', { locale: playing.locale })}</p>
        ) : null}
      </header>
      <Conversation
        key={playing.attemptId}
        compiled={compiled}
        locale={playing.locale}
        seed={playing.seed}
        mode={playing.mode}
        initialDraft={playing.draft}
        {...(typingDelay && { typingDelay })}
        {...(playing.resume && { resume: playing.resume })}
        onProgress={(session) => void saveProgress(playing.attemptId, progressOf(session))}
        onEnd={onEnd}
        onDraftChange={(text) => {
          clearTimeout(draftTimer.current);
          draftTimer.current = setTimeout(() => void saveDraft(traineeId, scenario.id, text), DRAFT_DELAY_MS);
        }}
        endSlot={
          finished ? (
            <Link className="button button--primary" to={`/attempts/${finished.attemptId}`}>
              {t('play.ended.debrief')}
            </Link>
          ) : (
            <p className="muted">{t('play.ended.saving')}</p>
          )
        }
      />
    </section>
  );
}
