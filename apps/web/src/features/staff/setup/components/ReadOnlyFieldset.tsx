import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form's fields, disabled with a short explanation when the account may see but not change the thing (the
 * server refuses the change anyway; this only saves the person a pointless try).
 */
export function ReadOnlyFieldset({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {readOnly && (
        <Alert color="gray" variant="light" mb="md" maw={720}>
          {t('setup.common.readOnly')}
        </Alert>
      )}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {children}
      </fieldset>
    </>
  );
}
