import { Avatar } from '@mantine/core';

/** Colours that tell the children apart; text on them stays readable (dark shades). */
const CHILD_COLOURS = ['teal.9', 'grape.9', 'orange.9', 'indigo.9', 'pink.9', 'lime.9'] as const;

/** The colour of the n-th child of the account. */
export function childColour(index: number): string {
  return (
    CHILD_COLOURS[((index % CHILD_COLOURS.length) + CHILD_COLOURS.length) % CHILD_COLOURS.length] ?? 'gray.9'
  );
}

/** A child's initial in the child's own colour; decorative, the child's name is written next to it. */
export function ChildInitial({ name, index, size = 32 }: { name: string; index: number; size?: number }) {
  return (
    <Avatar size={size} radius="xl" color={childColour(index)} variant="filled" aria-hidden="true">
      {name.charAt(0)}
    </Avatar>
  );
}
