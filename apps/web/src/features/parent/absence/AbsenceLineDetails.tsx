import { Drawer, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AbsenceLine } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate, formatLongDate } from '../../../lib/format.ts';
import { DetailList } from '../agenda/DetailList.tsx';
import { formatMoment, formatTimes } from '../agenda/dates.ts';
import { PHONE_QUERY } from '../parent-nav.ts';
import { AbsenceStatusBadge } from './AbsenceLineRow.tsx';
import { absenceRefusalText, formatDuration } from './texts.ts';

/** An absence line in full: reason, comment, status, the credit it yielded and until when it can be cancelled. */
export function AbsenceLineDetails({ line, onClose }: { line: AbsenceLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY);
  const locale = currentLocale();
  const refusal = line ? absenceRefusalText(t, line, locale) : null;
  return (
    <Drawer
      opened={line !== null}
      onClose={onClose}
      title={t('absence.overview.details.title')}
      position={phone ? 'bottom' : 'right'}
      size={phone ? 'auto' : 'md'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {line && (
        <Stack gap="md" data-testid="absence-details">
          <DetailList
            rows={[
              [t('agenda.overview.details.child'), line.childName],
              [t('agenda.overview.details.kind'), t('absence.overview.kind')],
              [t('absence.overview.details.reason'), t(`absence.reasons.${line.reason}`)],
              [t('agenda.overview.details.date'), formatLongDate(line.date, locale)],
              [t('agenda.overview.details.times'), formatTimes(line)],
              [t('agenda.overview.details.dayPart'), line.productName],
              [t('agenda.overview.details.group'), line.groupName],
              [t('agenda.overview.details.status'), <AbsenceStatusBadge key="status" status={line.status} />],
              [
                t('agenda.overview.details.submitted'),
                t('agenda.overview.details.submittedBy', {
                  moment: formatMoment(line.submittedAt, locale),
                  name: line.submittedBy,
                }),
              ],
              line.comment !== '' && [t('agenda.overview.details.comment'), line.comment],
              [
                t('absence.overview.details.credit'),
                line.credit
                  ? t('absence.overview.details.creditValue', {
                      amount: formatDuration(t, line.credit.amount),
                      remaining: formatDuration(t, line.credit.remaining),
                      date: formatDate(line.credit.validUntil, locale),
                    })
                  : t('absence.overview.details.noCredit'),
              ],
              line.cancel.allowed &&
                line.cancel.deadline !== null && [
                  t('absence.overview.details.cancelUntil'),
                  formatMoment(line.cancel.deadline, locale),
                ],
              refusal !== null && [t('absence.overview.cancelTitle'), refusal],
            ]}
          />
        </Stack>
      )}
    </Drawer>
  );
}
