import { useTranslation } from 'react-i18next';
import type { DataIssue } from '../../../data/data-issue.ts';
import { formatPath } from '../../../engine/scenario/issues.ts';
import { useDescribeSaveError } from '../../profiles/hooks/use-describe-save-error.ts';

/** byte counts as people read them: "3.2 MB" */
export function useFormatBytes(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return (bytes) => {
    const megabytes = bytes / (1024 * 1024);
    return megabytes >= 0.1
      ? new Intl.NumberFormat(lng, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          megabytes,
        )
      : new Intl.NumberFormat(lng, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
          Math.max(1, bytes / 1024),
        );
  };
}

/** the words for the data layer's codes: failed writes and bundle issues */
export function useSettingsMessages() {
  const { t } = useTranslation('settings');
  const formatBytes = useFormatBytes();

  const saveError = useDescribeSaveError('settings');

  const dataIssue = (issue: DataIssue): string => {
    const params = issue.params ?? {};
    switch (issue.code) {
      case 'bundle_too_large':
        return t('issue.bundle_too_large', {
          size: formatBytes(Number(params.size)),
          max: formatBytes(Number(params.max)),
        });
      case 'bundle_unsupported_version':
        return t('issue.bundle_unsupported_version', {
          version: params.version ?? '?',
          supported: params.supported ?? '?',
        });
      case 'bundle_invalid':
      case 'bundle_attempt_of_other_trainee':
        return t(`issue.${issue.code}`, { path: formatPath(issue.path) });
      default:
        return t(`issue.${issue.code}`);
    }
  };

  return { saveError, dataIssue };
}
