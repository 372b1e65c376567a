import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SearchField.module.css';

/** How long typing must pause before a list asks the server again. */
export const SEARCH_DEBOUNCE_MS = 300;

/** A search box's text and the value a list searches for: trimmed, and only after typing pauses. */
export function useListSearch(initial = '') {
  const [text, setText] = useState(initial);
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  return { text, setText, search: debounced };
}

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A labelled search box with a clear button; the list below follows as the person types. */
export function SearchField({ label, value, onChange, placeholder }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={420}
      classNames={{ input: classes.input }}
      rightSection={
        value ? (
          <CloseButton size="sm" aria-label={t('setup.common.clearSearch')} onClick={() => onChange('')} />
        ) : null
      }
    />
  );
}
