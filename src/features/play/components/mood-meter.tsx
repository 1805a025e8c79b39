import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { moodBand } from '../mood-band.ts';

export function MoodMeter({ mood }: { mood: number }) {
  const { t } = useTranslation();
  const id = useId();
  const band = moodBand(mood);
  const label = t(`play.mood.${band}`);
  return (
    <div className={`mood mood--${band}`}>
      <span id={id} className="mood__label">
        {t('play.mood.label')}
      </span>
      <meter
        className="mood__meter"
        min={0}
        max={10}
        low={4}
        high={7}
        optimum={0}
        value={mood}
        aria-labelledby={id}
        aria-valuetext={label}
      />
      <span className="mood__value" aria-live="polite">
        {t('play.mood.value', { label, mood })}
      </span>
    </div>
  );
}
