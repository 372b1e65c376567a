/**
 * Builds a ten-shade palette (lightest first, as Mantine expects) around one brand colour, in OKLCH so the
 * steps look even. The brand colour itself sits unchanged at the shade whose lightness it matches best.
 */

export type Palette = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

interface Rgb {
  r: number;
  g: number;
  b: number;
}

interface Oklch {
  l: number;
  c: number;
  h: number;
}

/** Target OKLCH lightness per shade, lightest first. */
const LIGHTNESS = [0.97, 0.93, 0.86, 0.79, 0.72, 0.65, 0.58, 0.5, 0.42, 0.34] as const;
/** Relative chroma per shade: very light tints are greyer than the middle of the scale. */
const CHROMA = [0.12, 0.25, 0.45, 0.65, 0.82, 0.95, 1, 0.95, 0.88, 0.8] as const;

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(match[1], 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const fromLinear = (v: number) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

function rgbToOklch({ r, g, b }: Rgb): Oklch {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const c = Math.hypot(a, bb);
  return { l: L, c, h: c < 1e-6 ? 0 : Math.atan2(bb, a) };
}

function oklchToRgb({ l: L, c, h }: Oklch): Rgb {
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  };
}

const inGamut = ({ r, g, b }: Rgb) => [r, g, b].every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/** Lowers chroma (keeping lightness and hue) until the colour fits in sRGB. */
function clampToGamut(colour: Oklch): Rgb {
  if (inGamut(oklchToRgb(colour))) return oklchToRgb(colour);
  let low = 0;
  let high = colour.c;
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2;
    if (inGamut(oklchToRgb({ ...colour, c: mid }))) low = mid;
    else high = mid;
  }
  return oklchToRgb({ ...colour, c: low });
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface BrandPalette {
  shades: Palette;
  /** Index of the shade that is the brand colour itself. */
  baseIndex: number;
}

export function generatePalette(hex: string): BrandPalette {
  const base = rgbToOklch(parseHex(hex));
  let baseIndex = 0;
  LIGHTNESS.forEach((target, i) => {
    if (Math.abs(target - base.l) < Math.abs((LIGHTNESS[baseIndex] ?? 0) - base.l)) baseIndex = i;
  });
  const offset = base.l - (LIGHTNESS[baseIndex] ?? base.l);
  const reach = Math.max(baseIndex, LIGHTNESS.length - 1 - baseIndex);
  const baseChroma = CHROMA[baseIndex] ?? 1;
  const shades = LIGHTNESS.map((target, i) => {
    if (i === baseIndex) return toHex(parseHex(hex));
    // Shift the scale towards the brand colour near it, fading to the fixed ends, so it stays monotonic.
    const weight = 1 - Math.abs(i - baseIndex) / reach;
    const l = target + offset * weight;
    const c = base.c * Math.min(1, (CHROMA[i] ?? 1) / baseChroma);
    return toHex(clampToGamut({ l, c, h: base.h }));
  });
  return { shades: shades as unknown as Palette, baseIndex };
}

/**
 * The shade to use as "primary": the brand colour when white text on it (and it as text on white) meets
 * WCAG AA (4.5:1), otherwise the first darker shade that does.
 */
export function accessibleShade(palette: BrandPalette): number {
  for (let i = palette.baseIndex; i < palette.shades.length; i++) {
    if (contrastRatio(palette.shades[i] ?? '#000000', '#ffffff') >= 4.5) return i;
  }
  return palette.shades.length - 1;
}
