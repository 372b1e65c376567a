import type { SVGProps } from 'react';

/** Simple line icons for the menus; always decorative (the menu text names the item). */
function Icon({ children, ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export type IconComponent = (props: SVGProps<SVGSVGElement>) => React.JSX.Element;

export const ChildIcon: IconComponent = (props) => (
  <Icon {...props}>
    <circle cx="12" cy="7" r="3.5" />
    <path d="M5 21c0-4 3.1-7 7-7s7 3 7 7" />
  </Icon>
);

export const MessageIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M4 5h16v11H9l-5 4z" />
  </Icon>
);

export const CalendarIcon: IconComponent = (props) => (
  <Icon {...props}>
    <rect x="3.5" y="5" width="17" height="15" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" />
  </Icon>
);

export const LocationIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
    <circle cx="12" cy="9.5" r="2.5" />
  </Icon>
);

export const MoreIcon: IconComponent = (props) => (
  <Icon {...props}>
    <circle cx="5" cy="12" r="1.3" />
    <circle cx="12" cy="12" r="1.3" />
    <circle cx="19" cy="12" r="1.3" />
  </Icon>
);

export const DashboardIcon: IconComponent = (props) => (
  <Icon {...props}>
    <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
    <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" />
    <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" />
    <rect x="13.5" y="13.5" width="7" height="7" rx="1.5" />
  </Icon>
);

export const BuildingIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M4 21V5l8-2v18M12 8l8 2v11M3 21h18M7 9h2M7 13h2M7 17h2M15 13h2M15 17h2" />
  </Icon>
);

export const FamilyIcon: IconComponent = (props) => (
  <Icon {...props}>
    <circle cx="8" cy="7" r="2.8" />
    <circle cx="17" cy="9" r="2.2" />
    <path d="M2.5 20c0-3.6 2.5-6 5.5-6s5.5 2.4 5.5 6M13.5 20c0-2.8 1.5-4.8 3.5-4.8s3.5 2 3.5 4.8" />
  </Icon>
);

export const InboxIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M4 13l2.5-8h11L20 13v6H4z" />
    <path d="M4 13h4.5l1.5 2.5h4l1.5-2.5H20" />
  </Icon>
);

export const PhotoIcon: IconComponent = (props) => (
  <Icon {...props}>
    <rect x="3.5" y="5" width="17" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.8" />
    <path d="M20.5 16l-5-5-8 8" />
  </Icon>
);

export const DocumentIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M6 3h8l4 4v14H6z" />
    <path d="M14 3v4h4M9 12h6M9 16h6" />
  </Icon>
);

export const UserIcon: IconComponent = (props) => (
  <Icon {...props}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
  </Icon>
);

export const BellIcon: IconComponent = (props) => (
  <Icon {...props}>
    <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Z" />
    <path d="M10 20.5a2 2 0 0 0 4 0" />
  </Icon>
);

/** A paperclip, the mark of an attached document. */
export const PaperclipIcon: IconComponent = (props) => (
  <Icon width={18} height={18} data-icon="paperclip" {...props}>
    <path d="M20 11.5l-8.3 8.3a5 5 0 0 1-7.1-7.1l8.6-8.6a3.4 3.4 0 0 1 4.8 4.8l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />
  </Icon>
);
