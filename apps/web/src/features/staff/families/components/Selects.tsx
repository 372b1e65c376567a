import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../lib/translate.ts';
import { useLocations, useMentors } from '../queries.ts';

type Props = Omit<SelectProps, 'data'>;

/** The locations the staff member works at. */
export function LocationSelect(props: Props) {
  const { t } = useTranslation();
  const locations = useLocations();
  const data = (locations.data?.locations ?? []).map((location) => ({
    value: location.id,
    label: location.name,
  }));
  return (
    <Select
      label={t('families.child.location')}
      placeholder={locations.isPending ? t('common.loading') : t('families.child.chooseLocation')}
      data={data}
      allowDeselect={false}
      {...props}
      value={props.value || null}
      error={props.error ?? (locations.isError ? errorText(t, locations.error) : undefined)}
    />
  );
}

/** A mentor among the active staff members; `current` keeps a mentor shown when the list cannot be read. */
export function MentorSelect({
  current,
  ...props
}: Props & { current?: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const mentors = useMentors();
  const data = (mentors.data ?? []).map((member) => ({
    value: member.id,
    label: `${member.firstName} ${member.lastName}`,
  }));
  if (current && !data.some((option) => option.value === current.id)) {
    data.unshift({ value: current.id, label: current.name });
  }
  return (
    <Select
      label={t('families.child.mentor')}
      placeholder={t('families.child.noMentor')}
      data={data}
      clearable
      searchable
      {...props}
      // '' is "no mentor": shown as the placeholder, without a clear button.
      value={props.value || null}
    />
  );
}
