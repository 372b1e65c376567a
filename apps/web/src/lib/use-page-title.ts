import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title (WCAG 2.4.2) to the page's own name. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [t, title]);
}
