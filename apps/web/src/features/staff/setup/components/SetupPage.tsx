import { Button, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../../lib/use-page-title.ts';

interface SetupPageProps {
  title: string;
  /** A link to the page's main action, e.g. "Nieuwe locatie". */
  action?: { label: string; to: string };
  /** A link back to the list a form belongs to. */
  back?: { label: string; to: string };
  children: ReactNode;
}

/** One page of organisation setup: its heading (the section's h1 is above it), main action and content. */
export function SetupPage({ title, action, back, children }: SetupPageProps) {
  usePageTitle(title);
  return (
    <Stack gap="md">
      {back && (
        <Group>
          <Button component={Link} to={back.to} variant="subtle" size="compact-sm" px={0}>
            ← {back.label}
          </Button>
        </Group>
      )}
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2}>{title}</Title>
        {action && (
          <Button component={Link} to={action.to}>
            {action.label}
          </Button>
        )}
      </Group>
      {children}
    </Stack>
  );
}
