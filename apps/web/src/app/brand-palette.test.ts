import { describe, expect, it } from 'vitest';
import { accessibleShade, contrastRatio, generatePalette, relativeLuminance } from './brand-palette.ts';

const samples = ['#2f6f5e', '#d9480f', '#ffd43b', '#1c7ed6', '#000000', '#ffffff', '#e64980', '#808080'];

describe('brand palette', () => {
  it.each(samples)(
    'makes ten shades of %s, light to dark, with the brand colour itself among them',
    (hex) => {
      const palette = generatePalette(hex);
      expect(palette.shades).toHaveLength(10);
      for (const shade of palette.shades) expect(shade).toMatch(/^#[0-9a-f]{6}$/);
      expect(palette.shades[palette.baseIndex]).toBe(hex.toLowerCase());
      const luminances = palette.shades.map(relativeLuminance);
      for (let i = 1; i < luminances.length; i++) {
        expect(luminances[i], `shade ${i} of ${hex}`).toBeLessThanOrEqual(luminances[i - 1] ?? 1);
      }
      expect(luminances[0]).toBeGreaterThan(0.8);
      expect(luminances[9]).toBeLessThan(0.1);
    },
  );

  it('places a mid-tone brand colour in the middle and a pale one at the light end', () => {
    expect(generatePalette('#1c7ed6').baseIndex).toBeGreaterThanOrEqual(4);
    expect(generatePalette('#1c7ed6').baseIndex).toBeLessThanOrEqual(7);
    expect(generatePalette('#fff3bf').baseIndex).toBeLessThanOrEqual(1);
  });

  it('keeps the hue: the shades of a blue stay blue', () => {
    for (const shade of generatePalette('#1c7ed6').shades.slice(2)) {
      const [r, b] = [Number.parseInt(shade.slice(1, 3), 16), Number.parseInt(shade.slice(5, 7), 16)];
      expect(b, shade).toBeGreaterThan(r);
    }
  });

  it.each(samples)('chooses a primary shade of %s on which white text meets WCAG AA', (hex) => {
    const palette = generatePalette(hex);
    const shade = accessibleShade(palette);
    expect(shade).toBeGreaterThanOrEqual(palette.baseIndex);
    expect(contrastRatio(palette.shades[shade] ?? '', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('uses the brand colour itself as primary when it already has enough contrast', () => {
    const palette = generatePalette('#2f6f5e');
    expect(accessibleShade(palette)).toBe(palette.baseIndex);
  });

  it('rejects what is not a #rrggbb colour', () => {
    expect(() => generatePalette('red')).toThrow();
  });
});
