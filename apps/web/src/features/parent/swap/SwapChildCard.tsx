import {
  Alert,
  Badge,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RequestOptions, SwapChild, SwapPart } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { ChildInitial } from '../agenda/ChildInitial.tsx';
import { formatDayHeader, formatTimes, isLocalDate } from '../agenda/dates.ts';
import { optionValue } from '../agenda/option-summary.ts';
import { refusalText } from '../agenda/reasons.ts';
import {
  durationText,
  giveKey,
  lapseMinutes,
  partKey,
  partMinutes,
  swapsLeft,
  wantedOptionsOf,
} from './swap-form.ts';

interface WantedChoiceProps {
  child: SwapChild;
  part: SwapPart;
  wantedDate: string;
  options: RequestOptions;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The wanted day part for one given-up day part: the group's day parts on the wanted date as radios. */
function WantedChoice({ child, part, wantedDate, options, value, onChange, error }: WantedChoiceProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const group = wantedOptionsOf(options, child.childId, part.groupId);
  const given = partMinutes(part);
  const dateOptions = options.dates[0];
  const policy = options.policies.find((p) => p.groupId === part.groupId);
  if (!group || group.options.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('swap.noWantedParts', { group: part.groupName })}
      </Text>
    );
  return (
    <Radio.Group
      label={t('swap.wantedParts', { times: formatTimes(part), duration: durationText(t, given) })}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {group.options.map((option) => {
          const lapse = lapseMinutes(part, option);
          const refused = option.unavailable.length > 0;
          const description = refused
            ? refusalText(
                t,
                {
                  date: wantedDate,
                  reasons: option.unavailable,
                  weekType: dateOptions?.weekType ?? null,
                  closed: dateOptions?.closed ?? null,
                  requestDeadline: option.requestDeadline,
                },
                locale,
                policy,
              )
            : lapse === null
              ? t('swap.longer', { duration: durationText(t, given) })
              : lapse > 0
                ? t('swap.lapseShort', { duration: durationText(t, lapse) })
                : null;
          return (
            <Radio
              key={option.careProductId}
              value={optionValue(part.groupId, option.careProductId)}
              disabled={refused || lapse === null}
              data-testid="wanted-part"
              label={`${formatTimes(option)} ${option.name}`}
              description={description}
            />
          );
        })}
      </Stack>
    </Radio.Group>
  );
}

interface SwapChildCardProps {
  child: SwapChild;
  colourIndex: number;
  /** For a period: the date, part of the keys of the day parts given up (see `partKey`). */
  dateKey?: string;
  /** A wanted date per given-up day part (a period) instead of one for the child. */
  perPart: boolean;
  /** The keys of the day parts given up. */
  gives: readonly string[];
  onGivesChange: (keys: string[]) => void;
  wantedDateOf: (part: SwapPart) => string;
  onWantedDateChange: (part: SwapPart, date: string) => void;
  /** The options of the wanted date, once known. */
  wantedOptionsOf: (part: SwapPart) => RequestOptions | undefined;
  wantedDateErrorOf: (part: SwapPart) => string | undefined;
  takeOf: (part: SwapPart) => string;
  onTakeChange: (part: SwapPart, value: string) => void;
  errors: Record<string, string | undefined>;
  errorOf: (part: SwapPart) => string | undefined;
}

/** The wanted date, what the child has planned then already, and the wanted day parts for the given-up ones. */
function WantedFor({ props, parts }: { props: SwapChildCardProps; parts: readonly SwapPart[] }) {
  const { child, perPart } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const first = parts[0];
  if (!first) return null;
  const wantedDate = props.wantedDateOf(first);
  const wantedOptions = props.wantedOptionsOf(first);
  const dateError = props.wantedDateErrorOf(first);
  const planned = wantedOptions?.dates[0]?.children
    .filter((c) => c.childId === child.childId)
    .flatMap((c) => c.planned);
  return (
    <Stack gap="sm" data-testid={perPart ? 'wanted-for-part' : undefined}>
      <TextInput
        type="date"
        label={
          perPart
            ? t('swap.wantedDateFor', { child: child.firstName, times: formatTimes(first) })
            : t('swap.wantedDate', { child: child.firstName })
        }
        description={t('swap.wantedWindow', {
          from: formatDate(child.windowFrom, locale),
          to: formatDate(child.windowTo, locale),
        })}
        min={child.windowFrom}
        max={child.windowTo}
        maw={280}
        value={wantedDate}
        onChange={(event) => props.onWantedDateChange(first, event.currentTarget.value)}
        error={dateError}
      />
      {!isLocalDate(wantedDate) && (
        <Text size="sm" c="dimmed">
          {t('swap.chooseWanted')}
        </Text>
      )}
      {wantedOptions && planned && planned.length > 0 && (
        <Alert color="yellow" variant="light" data-testid="already-planned">
          <Text size="sm">
            {t('swap.alreadyPlanned', { child: child.firstName, date: formatDayHeader(wantedDate, locale) })}
          </Text>
          <List size="sm" spacing={0}>
            {planned.map((p) => (
              <List.Item key={`${p.startTime}-${p.productName}`}>
                {t('swap.plannedPart', { times: formatTimes(p), product: p.productName })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {wantedOptions &&
        !dateError &&
        parts.map((part) => (
          <WantedChoice
            key={partKey(part)}
            child={child}
            part={part}
            wantedDate={wantedDate}
            options={wantedOptions}
            value={props.takeOf(part)}
            onChange={(value) => props.onTakeChange(part, value)}
            error={props.errorOf(part)}
          />
        ))}
    </Stack>
  );
}

/** One child on one date: its planned day parts to give up, the wanted date(s) and the wanted day parts. */
export function SwapChildCard(props: SwapChildCardProps) {
  const { child, gives, dateKey } = props;
  const { t } = useTranslation();
  const name = child.firstName;
  const left = swapsLeft(child);
  const chosenParts = child.parts.filter(
    (p) => p.unavailable === null && gives.includes(partKey(p, dateKey)),
  );
  return (
    <Paper withBorder p="md" data-testid="swap-child">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ChildInitial name={name} index={props.colourIndex} />
          <Title order={2} size="h4">
            {child.firstName} {child.lastName}
          </Title>
          {child.swapsPerYear > 0 && (
            <Badge variant="light" color={left > 0 ? 'blue' : 'red'}>
              {t('swap.swapsLeft', { count: left })}
            </Badge>
          )}
        </Group>
        {child.swapsPerYear === 0 && <Text size="sm">{t('swap.swapsOff', { child: name })}</Text>}
        {child.parts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('swap.nothingPlanned')}
          </Text>
        ) : (
          <Checkbox.Group
            label={t('swap.giveParts', { child: name })}
            value={[...gives]}
            onChange={props.onGivesChange}
            error={props.errors[`swaps.${child.childId}`]}
          >
            <Stack gap="xs" mt="xs">
              {child.parts.map((part) => (
                <Checkbox
                  key={partKey(part)}
                  value={partKey(part, dateKey)}
                  disabled={part.unavailable !== null || child.swapsPerYear === 0}
                  data-testid="give-part"
                  label={`${formatTimes(part)} ${part.productName} · ${part.groupName}`}
                  description={part.unavailable ? t(`swap.giveUnavailable.${part.unavailable}`) : undefined}
                  error={props.errors[`give.${giveKey(child.childId, part, dateKey)}`]}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {chosenParts.length > 0 &&
          (props.perPart ? (
            chosenParts.map((part) => <WantedFor key={partKey(part)} props={props} parts={[part]} />)
          ) : (
            <WantedFor props={props} parts={chosenParts} />
          ))}
      </Stack>
    </Paper>
  );
}
