import { Anchor, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { usePageTitle } from '../../../../lib/use-page-title.ts';

/** The link back to the list of children, above every other page of the families section. */
export function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/beheer/gezinnen" size="sm">
      {t('families.backToList')}
    </Anchor>
  );
}

interface RecordPageProps<T> {
  query: UseQueryResult<T>;
  /** The page title once the record is loaded: the person's name. */
  titleOf: (data: T) => string;
  /** The page title while it loads or when it cannot be shown. */
  fallbackTitle: string;
  children: (data: T) => ReactNode;
}

/** A page about one child or guardian: the link back to the list, then the record once it is loaded. */
export function RecordPage<T>({ query, titleOf, fallbackTitle, children }: RecordPageProps<T>) {
  usePageTitle(query.data ? titleOf(query.data) : fallbackTitle);
  return (
    <Stack gap="lg">
      <BackToList />
      {renderResult(query, children)}
    </Stack>
  );
}
