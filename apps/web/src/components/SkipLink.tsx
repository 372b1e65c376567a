import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** "Naar de inhoud": the first thing keyboard users reach; jumps past the header and menu (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skip} href="#main-content">
      {t('app.skipToContent')}
    </a>
  );
}
