import sharp from 'sharp';

/**
 * Pictures the demo makes itself (no downloads, no photos of real children): simple drawn scenes — a sky, a sun,
 * hills, a house or building blocks, a ball — in colours that differ per picture, as JPEG of 1200 × 900.
 */

const SKIES = ['#9ad0f5', '#ffd7a8', '#c9e8d2', '#d9c8f0', '#f7c6c7', '#bfe3f2'];
const GROUNDS = ['#7cc26b', '#e8c872', '#86b86a', '#c7a36b', '#9ccf7f', '#d6b87a'];
const ACCENTS = ['#e8553e', '#2f7d6d', '#f2a541', '#5b6ee1', '#d9488f', '#3aa17e'];

function scene(n: number): string {
  const pick = (list: string[], k: number) => list[(n + k) % list.length] as string;
  const sunX = 180 + ((n * 173) % 840);
  const blocks = Array.from({ length: 3 + (n % 3) }, (_, i) => {
    const x = 140 + i * 150 + ((n * 37 + i * 53) % 60);
    const size = 80 + ((n + i) % 3) * 20;
    return `<rect x="${x}" y="${720 - size}" width="${size}" height="${size}" rx="10" fill="${pick(ACCENTS, i + 1)}"/>`;
  }).join('');
  const house =
    n % 2 === 0
      ? `<rect x="820" y="470" width="230" height="250" fill="${pick(ACCENTS, 4)}"/>` +
        `<polygon points="800,480 935,360 1070,480" fill="${pick(ACCENTS, 5)}"/>` +
        `<rect x="910" y="600" width="60" height="120" fill="#ffffff"/>`
      : `<circle cx="960" cy="650" r="70" fill="${pick(ACCENTS, 3)}"/>` +
        `<path d="M890 650 Q960 590 1030 650" stroke="#ffffff" stroke-width="10" fill="none"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${pick(SKIES, 0)}"/><stop offset="1" stop-color="#ffffff"/>
    </linearGradient></defs>
    <rect width="1200" height="900" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="170" r="90" fill="#ffd23f"/>
    <ellipse cx="300" cy="800" rx="700" ry="220" fill="${pick(GROUNDS, 0)}"/>
    <ellipse cx="1000" cy="820" rx="600" ry="200" fill="${pick(GROUNDS, 2)}"/>
    ${blocks}${house}
  </svg>`;
}

/** Demo picture number `n` as a JPEG. */
export function demoImage(n: number): Promise<Buffer> {
  return sharp(Buffer.from(scene(n)))
    .jpeg({ quality: 85 })
    .toBuffer();
}
