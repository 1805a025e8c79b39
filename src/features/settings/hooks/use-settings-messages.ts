import { useTranslation } from 'react-i18next';
import type { DataIssue } from '../../../data/data-issue.ts';
import type { StorageFailure } from '../../../data/storage-errors.ts';
import type { TraineeNameError } from '../../../data/trainee-repository.ts';
import type { DataError } from '../../../data/write-result.ts';
import { formatPath } from '../../../engine/scenario/issues.ts';

export type SaveError =
  TraineeNameError | DataError<'not_found'> | DataError<'invalid_setting'> | StorageFailure;

function isStorageFailure(error: SaveError): error is StorageFailure {
  return 'retryable' in error;
}

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

  const saveError = (error: SaveError): string => {
    if (isStorageFailure(error)) return t(`storageError.${error.code}`);
    switch (error.code) {
      case 'name_too_long':
        return t('nameError.name_too_long', {
          length: error.params?.length ?? '',
          max: error.params?.max ?? '',
        });
      case 'name_taken':
        return t('nameError.name_taken', { name: error.params?.name ?? '' });
      case 'invalid_setting':
        return t('storageError.unknown');
      default:
        return t(`nameError.${error.code}`);
    }
  };

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
