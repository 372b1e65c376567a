import { ActionIcon } from '@mantine/core';

/** A trash can, for "annuleren" buttons; decorative (the button has its own name). */
export function TrashIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      aria-hidden="true"
    >
      <path
        d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The trash button of an overview line that may be cancelled; `label` names what it cancels. */
export function CancelLineButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red.9" size="xl" mr="xs" onClick={onClick} aria-label={label}>
      <TrashIcon />
    </ActionIcon>
  );
}
