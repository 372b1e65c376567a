import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/translate.ts';

/** A loading indicator that screen readers announce. */
export function Loading({ minHeight = 160 }: { minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}

/** An error from the API, translated by its code, with a way to try again where that makes sense. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorText(t, error)}</Text>
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Shows particular errors in the page's own way (e.g. an expired link); `null` falls back to the default. */
  renderError?: (error: Error) => ReactNode | null;
}

/** Renders a query's data, or the one shared loading and error states (STYLE R10). */
export function QueryResult<T>({ query, children, renderError }: QueryResultProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      renderError?.(query.error) ?? <ErrorView error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return <>{children(query.data)}</>;
}

/** Function form of QueryResult, for use inline in JSX. */
export function renderResult<T>(
  query: UseQueryResult<T>,
  render: (data: T) => ReactNode,
  renderError?: (error: Error) => ReactNode | null,
): ReactNode {
  return (
    <QueryResult query={query} renderError={renderError}>
      {render}
    </QueryResult>
  );
}
