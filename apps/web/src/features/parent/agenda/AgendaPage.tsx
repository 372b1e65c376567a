import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { AgendaItem, LocalDate } from '@nestje/contract';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorView, Loading } from '../../../components/QueryResult.tsx';
import { todayInAmsterdam } from '../../../lib/today.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSentinel } from '../../../lib/use-sentinel.ts';
import { AgendaDayView } from './AgendaDay.tsx';
import { AgendaItemDetails } from './AgendaItemDetails.tsx';
import { useAgenda } from './queries.ts';

/**
 * `/agenda` (P7): every child's planned days and open requests, day by day from today, more as you scroll;
 * Herladen, Dag aanvragen, Ruildag aanvragen, Afwezigheid doorgeven and Aanvragenoverzicht on top.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  usePageTitle(t('agenda.title'));
  const agenda = useAgenda();
  const [open, setOpen] = useState<{ item: AgendaItem; date: LocalDate } | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = agenda;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  useSentinel(sentinel, loadMore, agenda.isSuccess && hasNextPage && !isFetchingNextPage);
  const reloading = agenda.isRefetching && !isFetchingNextPage;
  const children = agenda.data?.pages[0]?.children ?? [];
  const days = agenda.data?.pages.flatMap((page) => page.days) ?? [];
  const today = todayInAmsterdam();

  return (
    <Stack gap="md">
      <Title order={1}>{t('agenda.title')}</Title>
      <Text>{t('agenda.intro')}</Text>
      <Group gap="sm" role="group" aria-label={t('agenda.actions.label')}>
        <Button variant="default" onClick={() => void agenda.refetch()} loading={reloading}>
          {t('agenda.actions.reload')}
        </Button>
        <Button component={Link} to="/agenda/dag-aanvragen">
          {t('agenda.actions.requestDay')}
        </Button>
        <Button component={Link} to="/agenda/ruildag" variant="light">
          {t('swap.action')}
        </Button>
        <Button component={Link} to="/agenda/afwezigheid" variant="light">
          {t('absence.action')}
        </Button>
        <Button component={Link} to="/agenda/aanvragen" variant="light">
          {t('agenda.actions.overview')}
        </Button>
      </Group>
      {agenda.isPending && <Loading />}
      {agenda.isError && !agenda.data && (
        <ErrorView error={agenda.error} onRetry={() => void agenda.refetch()} />
      )}
      {agenda.data && (
        <Stack gap={4} aria-label={t('agenda.daysLabel')} component="section" aria-busy={reloading}>
          {days.map((day) => (
            <AgendaDayView
              key={day.date}
              day={day}
              childList={children}
              today={today}
              onOpen={(item) => setOpen({ item, date: day.date })}
            />
          ))}
          {agenda.isFetchNextPageError && <ErrorView error={agenda.error} onRetry={loadMore} />}
          <div ref={sentinel} />
          {hasNextPage && (
            <Group justify="center" py="md">
              <Button variant="subtle" onClick={loadMore} loading={isFetchingNextPage}>
                {t('agenda.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <AgendaItemDetails
        item={open?.item ?? null}
        date={open?.date ?? null}
        childList={children}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
}
