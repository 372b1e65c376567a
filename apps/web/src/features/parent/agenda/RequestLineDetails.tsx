import { Drawer, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { RequestLine } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatEuros, formatLongDate } from '../../../lib/format.ts';
import { PHONE_QUERY } from '../parent-nav.ts';
import { durationText } from '../swap/swap-form.ts';
import { lineKindText } from '../swap/swap-line.ts';
import { DetailList } from './DetailList.tsx';
import { formatMoment, formatTimes } from './dates.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** A request line in full (P15): status, reason of a rejection, expiry, comment, price and payment. */
export function RequestLineDetails({ line, onClose }: { line: RequestLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY);
  const locale = currentLocale();
  return (
    <Drawer
      opened={line !== null}
      onClose={onClose}
      title={t('agenda.overview.details.title')}
      position={phone ? 'bottom' : 'right'}
      size={phone ? 'auto' : 'md'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {line && (
        <Stack gap="md" data-testid="request-details">
          <DetailList
            rows={[
              [t('agenda.overview.details.child'), line.childName],
              [t('agenda.overview.details.kind'), lineKindText(t, line)],
              [t('agenda.overview.details.date'), formatLongDate(line.date, locale)],
              [t('agenda.overview.details.times'), formatTimes(line)],
              [t('agenda.overview.details.dayPart'), line.productName],
              line.role === 'take' &&
                (line.lapseMinutes ?? 0) > 0 && [
                  t('swap.lapseLabel'),
                  durationText(t, line.lapseMinutes ?? 0),
                ],
              [t('agenda.overview.details.group'), `${line.groupName} · ${line.locationName}`],
              [t('agenda.overview.details.status'), <StatusBadge key="status" status={line.status} />],
              line.status === 'rejected' &&
                line.reason !== null && [t('agenda.overview.details.reason'), line.reason],
              line.status === 'pending' && [
                t('agenda.overview.details.expires'),
                formatMoment(line.expiresAt, locale),
              ],
              line.decidedAt !== null && [
                t('agenda.overview.details.decided'),
                formatMoment(line.decidedAt, locale),
              ],
              [
                t('agenda.overview.details.submitted'),
                t('agenda.overview.details.submittedBy', {
                  moment: formatMoment(line.submittedAt, locale),
                  name: line.submittedBy,
                }),
              ],
              line.periodLines > 1 && [
                t('agenda.request.period'),
                t('agenda.overview.details.period', { count: line.periodLines }),
              ],
              line.assessAsWhole && [
                t('agenda.overview.details.assessAsWhole'),
                t('agenda.overview.details.yes'),
              ],
              line.comment !== '' && [t('agenda.overview.details.comment'), line.comment],
              [t('agenda.overview.details.price'), formatEuros(line.priceCents, locale)],
              [t('agenda.overview.details.payment'), t(`agenda.request.${line.payment.method}`)],
            ]}
          />
        </Stack>
      )}
    </Drawer>
  );
}
