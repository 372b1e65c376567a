import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../lib/format.ts';
import { AddressFields, ContactFields } from '../components/ContactFields.tsx';
import { GuardianPicker } from '../components/GuardianPicker.tsx';
import { findGuardianByEmail } from '../queries.ts';
import { canShareAddress, type FamilyFormValues, type KnownGuardian } from './family-form.ts';

/** A guardian already known under the e-mail address that was typed (after the server said `taken`). */
export type TakenOffer = KnownGuardian;

/** The guardian who has this e-mail address, to offer linking them instead; null when none is found. */
export async function findTakenOffer(email: string): Promise<TakenOffer | null> {
  const guardian = await findGuardianByEmail(email).catch(() => null);
  return guardian ? { id: guardian.id, name: fullName(guardian), email: guardian.email } : null;
}

/** A new guardian, entered here, or one the organisation already knows. */
export function GuardianModeControl({ label, ...input }: { label: string } & GetInputPropsReturnType) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={label}
      data={[
        { value: 'new', label: t('families.newFamily.modeNew') },
        { value: 'existing', label: t('families.newFamily.modeExisting') },
      ]}
      {...input}
      w="fit-content"
    />
  );
}

/** Says who already has the typed e-mail address, and offers to link them instead. */
export function TakenOfferAlert({ offer, onUse }: { offer: TakenOffer; onUse: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" data-testid="guardian-taken">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('families.newFamily.emailTaken', { name: offer.name, email: offer.email })}</Text>
        <Button size="xs" variant="light" onClick={onUse}>
          {t('families.newFamily.linkExisting', { name: offer.name })}
        </Button>
      </Stack>
    </Alert>
  );
}

interface Props {
  form: UseFormReturnType<FamilyFormValues>;
  index: number;
  offer: TakenOffer | null;
  onUseOffer: (offer: TakenOffer) => void;
  onRemove?: () => void;
}

/** One guardian of the new child: a new one (contact, address) or one already known; parental authority. */
export function GuardianEntryFields({ form, index, offer, onUseOffer, onRemove }: Props) {
  const { t } = useTranslation();
  const entry = form.getValues().guardians[index];
  if (!entry) return null;
  const base = `guardians.${index}`;
  const titleId = `guardian-${index}-title`;
  const sharing = entry.sameAddress && canShareAddress(form.getValues(), index);
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" aria-labelledby={titleId} style={{ margin: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            {t('families.newFamily.guardianTitle', { number: index + 1 })}
          </Title>
          {onRemove && (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              {t('families.newFamily.removeGuardian')}
            </Button>
          )}
        </Group>
        <GuardianModeControl
          label={t('families.newFamily.guardianKind', { number: index + 1 })}
          {...form.getInputProps(`${base}.mode`)}
        />
        {entry.mode === 'existing' ? (
          <GuardianPicker
            value={entry.guardianId}
            valueLabel={entry.existingLabel}
            onChange={(id, label) => {
              form.setFieldValue(`${base}.guardianId`, id);
              form.setFieldValue(`${base}.existingLabel`, label);
            }}
            error={form.errors[`${base}.guardianId`]}
          />
        ) : (
          <>
            <ContactFields form={form} prefix={`${base}.guardian`} />
            {offer && <TakenOfferAlert offer={offer} onUse={() => onUseOffer(offer)} />}
            {canShareAddress(form.getValues(), index) && (
              <Checkbox
                label={t('families.newFamily.sameAddress')}
                description={t('families.newFamily.sameAddressHint')}
                {...form.getInputProps(`${base}.sameAddress`, { type: 'checkbox' })}
              />
            )}
            {!sharing && <AddressFields form={form} prefix={`${base}.guardian`} />}
          </>
        )}
        <Switch
          label={t('families.guardian.parentalAuthority')}
          description={t('families.guardian.parentalAuthorityHint')}
          {...form.getInputProps(`${base}.parentalAuthority`, { type: 'checkbox' })}
        />
      </Stack>
    </Paper>
  );
}
