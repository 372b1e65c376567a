import { Anchor, Drawer, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AgendaItem, LocalDate } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/index.ts';
import { formatLongDate } from '../../../lib/format.ts';
import { PHONE_QUERY } from '../parent-nav.ts';
import { type AgendaChild, childInfo } from './AgendaDay.tsx';
import { DetailList } from './DetailList.tsx';
import { formatMoment, formatTimes } from './dates.ts';
import { useRequestLines } from './queries.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The expiry moment of a request line, when the overview's loaded pages hold it. */
function useLineExpiry(lineId: string | null): string | null {
  const lines = useRequestLines(lineId !== null);
  if (!lineId) return null;
  for (const page of lines.data?.pages ?? []) {
    const line = page.lines.find((l) => l.id === lineId);
    if (line) return line.expiresAt;
  }
  return null;
}

/**
 * The details of a care moment (P7): child, group, location, day part, times, contract or extra; for an open
 * request its status, when it expires and the way to the overview. A sheet from below on a phone.
 */
export function AgendaItemDetails({
  item,
  date,
  childList,
  onClose,
}: {
  item: AgendaItem | null;
  date: LocalDate | null;
  childList: readonly AgendaChild[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY);
  const locale = currentLocale();
  const expiresAt = useLineExpiry(item?.kind === 'request' ? item.lineId : null);
  const child = item ? childList.find((c) => c.id === item.childId) : undefined;
  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      title={t('agenda.details.title')}
      position={phone ? 'bottom' : 'right'}
      size={phone ? 'auto' : 'md'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {item && (
        <Stack gap="md" data-testid="agenda-details">
          <DetailList
            rows={[
              [
                t('agenda.details.child'),
                child ? `${child.firstName} ${child.lastName}` : childInfo(childList, item.childId).firstName,
              ],
              date !== null && [t('agenda.details.date'), formatLongDate(date, locale)],
              [t('agenda.details.group'), item.groupName],
              [t('agenda.details.location'), item.locationName],
              [t('agenda.details.dayPart'), item.productName],
              [t('agenda.details.times'), formatTimes(item)],
              [
                t('agenda.details.kind'),
                item.kind === 'care' && item.source === 'contract'
                  ? t('agenda.details.contract')
                  : t('agenda.details.extra'),
              ],
              item.status !== null && [
                t('agenda.details.status'),
                <StatusBadge key="s" status={item.status} />,
              ],
              expiresAt !== null && [t('agenda.details.expires'), formatMoment(expiresAt, locale)],
              item.absence && [t('absence.agenda.absent'), t(`absence.reasons.${item.absence.reason}`)],
            ]}
          />
          {(item.kind === 'request' || item.absence) && (
            <Anchor component={Link} to="/agenda/aanvragen">
              {t('agenda.details.toOverview')}
            </Anchor>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
