import { NavLink as MantineNavLink } from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink, useMatch } from 'react-router';

interface SideNavLinkProps {
  to: string;
  label: string;
  icon: ReactNode;
  /** Only active on exactly this path (for an area's start page). */
  end?: boolean;
  onClick?: () => void;
  /** Shown at the end of the entry, e.g. a count. */
  rightSection?: ReactNode;
}

/** A menu entry of a side bar; the router marks the current one with aria-current="page". */
export function SideNavLink({ to, label, icon, end = false, onClick, rightSection }: SideNavLinkProps) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <MantineNavLink
      component={NavLink}
      to={to}
      end={end}
      label={label}
      leftSection={icon}
      rightSection={rightSection}
      active={active}
      variant="filled"
      onClick={onClick}
      styles={{ root: { borderRadius: 'var(--mantine-radius-md)', minHeight: 44 } }}
    />
  );
}
