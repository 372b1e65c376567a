import {
  type CSSVariablesResolver,
  colorsTuple,
  createTheme,
  type MantineColorShade,
  type MantineThemeOverride,
} from '@mantine/core';
import { accessibleShade, generatePalette } from './brand-palette.ts';

/** Nestje's own colour, used before an organisation is known (sign-in pages). */
export const NESTJE_COLOUR = '#2f6f5e';

/** The Mantine theme for an organisation's brand colour: a generated palette as the primary colour. */
export function createBrandTheme(primaryColour: string): MantineThemeOverride {
  let palette: ReturnType<typeof generatePalette>;
  try {
    palette = generatePalette(primaryColour);
  } catch {
    palette = generatePalette(NESTJE_COLOUR);
  }
  return createTheme({
    colors: { brand: colorsTuple([...palette.shades]) },
    primaryColor: 'brand',
    primaryShade: accessibleShade(palette) as MantineColorShade,
    autoContrast: true,
    defaultRadius: 'md',
    cursorType: 'pointer',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    headings: { fontWeight: '700' },
    components: {
      // The forms here are short and every field is required; the asterisk only adds noise (and would end up
      // in each label's text). Fields that are optional say so in their label instead.
      InputWrapper: { defaultProps: { withAsterisk: false } },
      TextInput: { defaultProps: { withAsterisk: false } },
      PasswordInput: { defaultProps: { withAsterisk: false } },
    },
  });
}

/**
 * Mantine's default greys for secondary text, placeholders, input borders and error text are too faint for
 * WCAG 2.2 AA (1.4.3 text 4.5:1, 1.4.11 component boundaries 3:1); use darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
