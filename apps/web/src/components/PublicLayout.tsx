import { Box, Container, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../features/account/LanguageChoice.tsx';
import { NestjeMark } from './NestjeMark.tsx';

/** The frame of the pages before sign-in: the Nestje mark, one card, and the language choice. */
export function PublicLayout({ children, size = 440 }: { children: ReactNode; size?: number }) {
  const { t } = useTranslation();
  return (
    <Box component="main" id="main-content" mih="100vh" bg="gray.0" py="xl" px="md">
      <Container size={size} p={0}>
        <Stack gap="lg">
          <Group justify="center" gap="sm">
            <NestjeMark size={44} />
            <Text component="span" fw={800} fz={28}>
              {t('app.name')}
            </Text>
          </Group>
          <Paper withBorder shadow="xs" p="lg" radius="md">
            {children}
          </Paper>
          <Paper withBorder p="md" radius="md">
            <LanguageChoice />
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
