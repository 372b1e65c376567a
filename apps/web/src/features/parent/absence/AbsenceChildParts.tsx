import { Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import type { AbsencePart } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { ChildInitial } from '../agenda/ChildInitial.tsx';
import { formatDayHeader, formatTimes } from '../agenda/dates.ts';
import {
  type ChildParts,
  isSelectable,
  partKey,
  shortcutState,
  togglePart,
  toggleParts,
} from './absence-form.ts';

interface AbsenceChildPartsProps {
  child: ChildParts;
  /** True for a period: the dates show as headings, and a shortcut selects the whole period. */
  period: boolean;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Server errors per part, by `part:<key>`. */
  errors: Readonly<Record<string, unknown>>;
}

function PartCheckbox({
  part,
  checked,
  onChange,
  error,
}: {
  part: AbsencePart;
  checked: boolean;
  onChange: (on: boolean) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const selectable = isSelectable(part);
  return (
    <Checkbox
      data-testid="absence-part"
      checked={selectable && checked}
      disabled={!selectable}
      onChange={(event) => onChange(event.currentTarget.checked)}
      label={`${formatTimes(part)} ${part.productName}`}
      description={
        part.unavailable
          ? `${part.groupName} · ${t(`absence.form.unavailable.${part.unavailable}`)}`
          : part.groupName
      }
      error={typeof error === 'string' ? error : undefined}
    />
  );
}

/**
 * A child's part of the absence (P14): per date the planned day parts as checkboxes, a "Hele dag" shortcut
 * where a date has several, the ones that cannot be reported disabled with the reason.
 */
export function AbsenceChildParts({ child, period, selected, onChange, errors }: AbsenceChildPartsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `absence-child-${child.childId}`;
  const all = child.dates.flatMap((date) => date.parts);
  const allState = shortcutState(all, selected);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} data-testid="absence-child">
      <Group gap="sm">
        <ChildInitial name={child.firstName} index={child.index} />
        <Title order={2} size="h4" id={headingId}>
          {child.name}
        </Title>
      </Group>
      {child.dates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {period ? t('absence.form.nothingPlannedPeriod') : t('absence.form.nothingPlanned')}
        </Text>
      ) : (
        <Stack gap="md" role="group" aria-label={t('absence.form.dayParts', { child: child.firstName })}>
          {period && child.dates.length > 1 && all.filter(isSelectable).length > 1 && (
            <Checkbox
              label={t('absence.form.allParts', { child: child.firstName })}
              {...allState}
              onChange={(event) => onChange(toggleParts(selected, all, event.currentTarget.checked))}
            />
          )}
          {child.dates.map(({ date, parts }) => {
            const header = formatDayHeader(date, locale);
            const whole = shortcutState(parts, selected);
            return (
              <Stack key={date} gap="xs" data-testid="absence-date" data-date={date}>
                {period && (
                  <Text size="sm" fw={600}>
                    {header}
                  </Text>
                )}
                {parts.length > 1 && (
                  <Checkbox
                    label={t('absence.form.wholeDay')}
                    aria-label={t('absence.form.wholeDayLabel', { child: child.firstName, date: header })}
                    {...whole}
                    onChange={(event) => onChange(toggleParts(selected, parts, event.currentTarget.checked))}
                  />
                )}
                <Stack gap="xs" pl={parts.length > 1 ? 'lg' : 0}>
                  {parts.map((part) => {
                    const key = partKey(part);
                    return (
                      <PartCheckbox
                        key={key}
                        part={part}
                        checked={selected.includes(key)}
                        onChange={(on) => onChange(togglePart(selected, key, on))}
                        error={errors[`part:${key}`]}
                      />
                    );
                  })}
                </Stack>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
