import { type ComboboxItem, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGuardianSearch } from '../queries.ts';

interface GuardianPickerProps {
  value: string;
  /** The chosen guardian's label, shown while the search is not (re)loaded. */
  valueLabel: string;
  onChange: (guardianId: string, label: string) => void;
  error?: React.ReactNode;
  label?: string;
}

/** Finds a guardian the organisation already knows, by name or e-mail address, to link to a child. */
export function GuardianPicker({ value, valueLabel, onChange, error, label }: GuardianPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const result = useGuardianSearch(debounced);
  const options: ComboboxItem[] = (result.data?.guardians ?? []).map((guardian) => {
    const children = guardian.children.map((child) => child.firstName).join(', ');
    return {
      value: guardian.id,
      label: children
        ? t('families.guardianPicker.optionWithChildren', {
            name: `${guardian.firstName} ${guardian.lastName}`,
            email: guardian.email,
            children,
          })
        : t('families.guardianPicker.option', {
            name: `${guardian.firstName} ${guardian.lastName}`,
            email: guardian.email,
          }),
    };
  });
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: valueLabel });
  }
  return (
    <Select
      label={label ?? t('families.guardianPicker.label')}
      description={t('families.guardianPicker.hint')}
      placeholder={t('families.guardianPicker.placeholder')}
      searchable
      clearable
      data={options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searches; every option it returns matches.
      filter={({ options: all }) => all}
      nothingFoundMessage={
        debounced.trim().length < 2
          ? t('families.guardianPicker.typeMore')
          : t('families.guardianPicker.nothingFound')
      }
      onChange={(id, option) => onChange(id ?? '', option?.label ?? '')}
      error={error}
      data-testid="guardian-picker"
    />
  );
}
