import { useTranslation } from 'react-i18next';
import type { StorageFailure } from '../../../data/storage-errors.ts';
import type { TraineeNameError } from '../../../data/trainee-repository.ts';
import type { DataError } from '../../../data/write-result.ts';

export type TraineeSaveError =
  TraineeNameError | DataError<'not_found'> | DataError<'invalid_setting'> | StorageFailure;

function isStorageFailure(error: TraineeSaveError): error is StorageFailure {
  return 'retryable' in error;
}

/**
 * a failed profile write in words: the repository's codes for names, the storage problem otherwise. The profile
 * gate speaks from `profiles`; the settings page (renaming) from `settings`, whose words differ where it matters
 * ("pick that profile" makes no sense when renaming).
 */
export function useDescribeSaveError(
  ns: 'profiles' | 'settings' = 'profiles',
): (error: TraineeSaveError) => string {
  const { t } = useTranslation(ns);
  return (error) => {
    if (isStorageFailure(error)) return t(`storageError.${error.code}`);
    switch (error.code) {
      case 'name_too_long':
        return t('nameError.name_too_long', {
          length: error.params?.length ?? '',
          max: error.params?.max ?? '',
        });
      case 'name_taken':
        return t('nameError.name_taken', { name: error.params?.name ?? '' });
      // an id the settings schema refuses cannot come from a trainee row; say it as a failed save
      case 'invalid_setting':
        return t('storageError.unknown');
      default:
        return t(`nameError.${error.code}`);
    }
  };
}
