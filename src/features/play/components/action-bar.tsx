import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority, type ToolActionId } from '../../../engine/scenario/constants.ts';

interface ActionBarProps {
  actions: readonly ToolActionId[];
  disabled?: boolean;
  onAction: (action: ToolActionId, priority?: Priority) => void;
}

/** the tool actions the beat offers; a ticket needs a priority */
export function ActionBar({ actions, disabled = false, onAction }: ActionBarProps) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState<Priority>('normal');
  const priorityId = useId();
  return (
    <section className="action-bar" aria-label={t('play.actions.label')}>
      {actions.length === 0 ? <p className="muted">{t('play.actions.none')}</p> : null}
      {actions.map((action) =>
        action === 'create_ticket' ? (
          <span key={action} className="action-bar__ticket">
            <label htmlFor={priorityId}>{t('play.actions.priority')}</label>
            <select
              id={priorityId}
              value={priority}
              disabled={disabled}
              onChange={(e) => setPriority(e.target.value as Priority)}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`play.actions.priorityValue.${p}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={disabled}
              onClick={() => onAction(action, priority)}
            >
              {t(`play.action.${action}`)}
            </button>
          </span>
        ) : (
          <button
            key={action}
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => onAction(action)}
          >
            {t(`play.action.${action}`)}
          </button>
        ),
      )}
    </section>
  );
}
