import { Button, Fieldset, Grid, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { StaffRole } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { useGroups, useLocations } from '../queries.ts';
import { newRoleRow, ROLE_SCOPES, type RoleScope, STAFF_ROLES, withRole } from './role-rows.ts';
import type { StaffFormValues } from './staff-form.ts';

/** The roles of a staff member, each with where it applies: the organisation, one location or one group. */
export function RolesEditor({ form }: { form: UseFormReturnType<StaffFormValues> }) {
  const { t } = useTranslation();
  const locations = useLocations('');
  const groups = useGroups({ search: '', locationId: null });
  const rows = form.getValues().roles;
  const listError = form.errors.roles;

  const locationOptions = (locations.data ?? []).map((location) => ({
    value: location.id,
    label: location.name,
  }));
  const groupsByLocation = new Map<string, { value: string; label: string }[]>();
  for (const group of groups.data ?? []) {
    const items = groupsByLocation.get(group.locationName) ?? [];
    items.push({ value: group.id, label: group.name });
    groupsByLocation.set(group.locationName, items);
  }
  const groupOptions = [...groupsByLocation].map(([location, items]) => ({ group: location, items }));

  return (
    <Fieldset legend={t('setup.staff.roles')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('setup.staff.rolesHint')}
        </Text>
        {rows.map((row, index) => {
          const number = index + 1;
          const scopes = ROLE_SCOPES[row.role];
          return (
            // Rows have no id of their own; the index is their identity while the form is open.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Paper key={index} withBorder radius="md" p="sm" data-testid={`role-row-${index}`}>
              <Grid align="flex-end">
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <Select
                    label={t('setup.staff.roleN', { number })}
                    data={STAFF_ROLES.map((role) => ({ value: role, label: t(`setup.roles.${role}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps(`roles.${index}.role`)}
                    onChange={(value) =>
                      value && form.setFieldValue(`roles.${index}`, withRole(row, value as StaffRole))
                    }
                  />
                </Grid.Col>
                {scopes.length > 1 && (
                  <Grid.Col span={{ base: 12, md: 3 }}>
                    <Select
                      label={t('setup.staff.scopeN', { number })}
                      data={scopes.map((scope) => ({ value: scope, label: t(`setup.scopes.${scope}`) }))}
                      allowDeselect={false}
                      {...form.getInputProps(`roles.${index}.scope`)}
                      onChange={(value) =>
                        value && form.setFieldValue(`roles.${index}.scope`, value as RoleScope)
                      }
                    />
                  </Grid.Col>
                )}
                {row.scope === 'location' && (
                  <Grid.Col span={{ base: 12, md: 3 }}>
                    <Select
                      label={t('setup.staff.locationN', { number })}
                      data={locationOptions}
                      searchable
                      {...form.getInputProps(`roles.${index}.locationId`)}
                      value={row.locationId || null}
                      onChange={(value) => form.setFieldValue(`roles.${index}.locationId`, value ?? '')}
                    />
                  </Grid.Col>
                )}
                {row.scope === 'group' && (
                  <Grid.Col span={{ base: 12, md: 4 }}>
                    <Select
                      label={t('setup.staff.groupN', { number })}
                      data={groupOptions}
                      searchable
                      {...form.getInputProps(`roles.${index}.groupId`)}
                      value={row.groupId || null}
                      onChange={(value) => form.setFieldValue(`roles.${index}.groupId`, value ?? '')}
                    />
                  </Grid.Col>
                )}
                {rows.length > 1 && (
                  <Grid.Col span="content">
                    <Button
                      variant="subtle"
                      color="red.9"
                      onClick={() => form.removeListItem('roles', index)}
                      aria-label={t('setup.staff.removeRoleN', { number })}
                    >
                      {t('setup.staff.removeRole')}
                    </Button>
                  </Grid.Col>
                )}
              </Grid>
            </Paper>
          );
        })}
        {typeof listError === 'string' && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert" data-testid="roles-error">
            {listError}
          </Text>
        )}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('roles', newRoleRow())}>
            {t('setup.staff.addRole')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
