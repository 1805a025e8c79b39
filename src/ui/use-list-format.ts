import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** joins words the way the interface language does ("A, B and C", "A、B和C") */
export function useListFormat(): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.ListFormat(lng, { type: 'conjunction', style: 'long' });
    return (items: readonly string[]) => format.format(items);
  }, [lng]);
}
