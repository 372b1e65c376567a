import { Group, Radio } from '@mantine/core';
import type { Locale } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale, isLocale, supportedLocales } from '../../i18n/index.ts';

interface LanguageChoiceProps {
  /** What choosing a language does; by default only this browser switches (before sign-in). */
  onChange?: (locale: Locale) => void;
  disabled?: boolean;
  /** Show the label as the heading of a settings section (level 2). */
  asSection?: boolean;
}

/** Nederlands / English. Each option is labelled in its own language (and marked so for screen readers). */
export function LanguageChoice({ onChange, disabled, asSection = false }: LanguageChoiceProps) {
  const { t } = useTranslation();
  const change = onChange ?? ((locale: Locale) => void applyLocale(locale));
  return (
    <Radio.Group
      label={t('language.label')}
      labelProps={asSection ? { role: 'heading', 'aria-level': 2, fz: 'h3', fw: 700, mb: 'xs' } : undefined}
      value={currentLocale()}
      onChange={(value) => {
        if (isLocale(value) && value !== currentLocale()) change(value);
      }}
    >
      <Group mt="xs" gap="lg">
        {supportedLocales.map((locale) => (
          <Radio
            key={locale}
            value={locale}
            label={<span lang={locale}>{t(`language.${locale}`)}</span>}
            disabled={disabled}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
