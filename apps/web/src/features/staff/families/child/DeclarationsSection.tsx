import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ChildDeclaration, ChildFile } from '@nestje/contract';
import { useTranslation } from 'react-i18next';
import { renderResult } from '../../../../components/QueryResult.tsx';
import { DeclarationValues } from '../../../parent/children/DeclarationValues.tsx';
import { useChildDeclarations } from '../../../parent/children/declarations-queries.ts';

function CurrentDeclaration({ entry }: { entry: ChildDeclaration }) {
  const { t } = useTranslation();
  const headingId = `declaration-state-${entry.form.id}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="declaration-state"
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} id={headingId}>
            {entry.form.current.title}
          </Text>
          <Badge color={entry.current ? (entry.outdated ? 'orange' : 'green') : 'gray'} variant="light">
            {entry.current
              ? entry.outdated
                ? t('declarations.staff.outdated')
                : t('declarations.staff.signed')
              : t('declarations.staff.notSigned')}
          </Badge>
        </Group>
        {!entry.form.active && (
          <Text size="xs" c="dimmed">
            {t('declarations.staff.inactive')}
          </Text>
        )}
        {entry.current && <DeclarationValues declaration={entry.current} />}
      </Stack>
    </Paper>
  );
}

/**
 * "Verklaringen" in the child file (S7): per form the current declaration as it was signed (its own version's
 * fields), marked when the form changed since; then every earlier declaration. Staff read; parents sign.
 */
export function DeclarationsSection({ file }: { file: ChildFile }) {
  const { t } = useTranslation();
  const declarations = useChildDeclarations(file.child.id);
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="child-declarations-title"
      data-testid="child-declarations"
    >
      <Title order={2} size="h3" id="child-declarations-title">
        {t('declarations.staff.title')}
      </Title>
      {renderResult(declarations, (data) => {
        const currentIds = new Set(data.forms.map((f) => f.current?.id));
        const earlier = data.history.filter((d) => !currentIds.has(d.id));
        return (
          <Stack gap="sm">
            {data.forms.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('declarations.staff.none')}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {data.forms.map((entry) => (
                  <CurrentDeclaration key={entry.form.id} entry={entry} />
                ))}
              </SimpleGrid>
            )}
            <Title order={3} size="h5">
              {t('declarations.staff.history')}
            </Title>
            {earlier.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('declarations.staff.historyEmpty')}
              </Text>
            ) : (
              <Stack gap="xs" data-testid="declaration-history">
                {earlier.map((d) => (
                  <Paper key={d.id} withBorder p="sm" radius="md">
                    <Text size="sm" fw={600}>
                      {t('declarations.staff.historyItem', {
                        title: d.version.title,
                        version: d.version.version,
                      })}
                    </Text>
                    <DeclarationValues declaration={d} />
                  </Paper>
                ))}
              </Stack>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
