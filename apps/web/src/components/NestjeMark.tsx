/** The Nestje mark: a nest with an egg. Decorative unless given a title. */
export function NestjeMark({ size = 32, title }: { size?: number; title?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      <rect width="64" height="64" rx="14" fill="#2f6f5e" />
      <ellipse cx="32" cy="29" rx="9" ry="11" fill="#f6d38b" />
      <path d="M10 32h44c0 12-9.8 20-22 20S10 44 10 32z" fill="#fff" />
      <path
        d="M15 38c6 2.5 28 2.5 34 0M19 44c5 2 21 2 26 0"
        stroke="#2f6f5e"
        strokeWidth="2.5"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
