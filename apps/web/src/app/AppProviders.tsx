import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useMe } from '../features/account/queries.ts';
import { applyLocale } from '../i18n/index.ts';
import { LiveUpdates } from './LiveUpdates.tsx';
import { createBrandTheme, cssVariablesResolver, NESTJE_COLOUR } from './theme.ts';

/** Sets the browser's UI colour (address bar, task switcher) to the organisation's colour. */
function useThemeColourMeta(colour: string): void {
  useEffect(() => {
    let meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'theme-color';
      document.head.append(meta);
    }
    meta.content = colour;
  }, [colour]);
}

/** Mantine with the active organisation's look; the account's language preference applied. */
function BrandedMantine({ children }: { children: ReactNode }) {
  const me = useMe();
  const colour = me.data?.branding.primaryColour ?? NESTJE_COLOUR;
  const theme = useMemo(() => createBrandTheme(colour), [colour]);
  useThemeColourMeta(colour);
  const locale = me.data?.account.locale;
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-center" />
      {children}
    </MantineProvider>
  );
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdates />
      <BrandedMantine>{children}</BrandedMantine>
    </QueryClientProvider>
  );
}
