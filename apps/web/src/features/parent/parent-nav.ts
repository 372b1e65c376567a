import {
  CalendarIcon,
  ChildIcon,
  type IconComponent,
  LocationIcon,
  MessageIcon,
  MoreIcon,
} from '../../components/icons.tsx';

export interface ParentNavItem {
  to: string;
  label:
    | 'nav.parent.myChild'
    | 'nav.parent.messages'
    | 'nav.parent.agenda'
    | 'nav.parent.myLocation'
    | 'nav.parent.other';
  icon: IconComponent;
}

/** The parent menu (P2), in the manual's order. */
export const parentNavItems: readonly ParentNavItem[] = [
  { to: '/mijn-kind', label: 'nav.parent.myChild', icon: ChildIcon },
  { to: '/berichten', label: 'nav.parent.messages', icon: MessageIcon },
  { to: '/agenda', label: 'nav.parent.agenda', icon: CalendarIcon },
  { to: '/mijn-locatie', label: 'nav.parent.myLocation', icon: LocationIcon },
  { to: '/overig', label: 'nav.parent.other', icon: MoreIcon },
];

/** Phones get the bottom bar, wider screens the side bar (Mantine's `sm` breakpoint is 48em). */
export const PHONE_QUERY = '(max-width: 48em)';
