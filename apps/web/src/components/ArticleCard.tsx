import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface ArticleCardProps {
  /** The id of the card's heading, which names the card for screen readers. */
  headingId: string;
  testId?: string;
  children: ReactNode;
}

/** A card for one thing in a list of them (a child, a guardian, a placement): an article named by its heading. */
export function ArticleCard({ headingId, testId, children }: ArticleCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId} data-testid={testId}>
      {children}
    </Paper>
  );
}
