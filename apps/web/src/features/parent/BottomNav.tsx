import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './BottomNav.module.css';
import { UnreadBadge, UnreadText } from './messages/UnreadBadge.tsx';
import { parentNavItems } from './parent-nav.ts';

/** The parent menu as a bar at the bottom of a phone screen; each target is at least 56px high. */
export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.parentLabel')} data-testid="bottom-nav" style={{ height: '100%' }}>
      <ul className={classes.list}>
        {parentNavItems.map(({ to, label, icon: Icon }) => (
          <li key={to} className={classes.item}>
            <NavLink to={to} className={classes.link}>
              <span style={{ position: 'relative', display: 'inline-flex' }}>
                <Icon />
                {to === '/berichten' && <UnreadBadge floating />}
              </span>
              <span>
                {t(label)}
                {to === '/berichten' && <UnreadText />}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
