import { Badge } from '@mantine/core';
import type { RequestLineStatus } from '@nestje/contract';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<RequestLineStatus, string> = {
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
  cancelled: 'gray',
  expired: 'gray',
};

/** A request line's status as the manual writes it: IN AANVRAAG, GOEDGEKEURD, AFGEKEURD… (P11). */
export function StatusBadge({ status }: { status: RequestLineStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" data-testid="status-badge">
      {t(`agenda.status.${status}`)}
    </Badge>
  );
}
