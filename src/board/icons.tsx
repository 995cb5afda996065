/**
 * Mechanic icons: simple line drawings on a 24-unit grid, drawn in the current colour. Each carries its
 * text alternative (a <title> and aria-label), so an icon never stands alone without words.
 */

const glyphs = {
  lithography: (
    <>
      <path d="M12 2v6" />
      <path d="M7 8h10l-2 5H9z" />
      <path d="M12 13v3" />
      <rect x="4" y="18" width="16" height="3" rx="1" />
    </>
  ),
  fab: (
    <>
      <path d="M3 21V10l5 3V10l5 3V10l5 3V4h3v17z" />
      <path d="M3 21h18" />
    </>
  ),
  memory: (
    <>
      <rect x="5" y="4" width="14" height="16" rx="1" />
      <path d="M5 8h14M5 12h14M5 16h14" />
    </>
  ),
  chip: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1" />
      <rect x="9.5" y="9.5" width="5" height="5" />
      <path d="M9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4" />
    </>
  ),
  cluster: (
    <>
      <rect x="3" y="3" width="7" height="7" rx="1" />
      <rect x="14" y="3" width="7" height="7" rx="1" />
      <rect x="3" y="14" width="7" height="7" rx="1" />
      <rect x="14" y="14" width="7" height="7" rx="1" />
      <path d="M10 6.5h4M10 17.5h4M6.5 10v4M17.5 10v4" />
    </>
  ),
  compute: <path d="M13 2 4 14h7l-1 8 9-12h-7z" />,
  developers: (
    <>
      <path d="m8 7-5 5 5 5M16 7l5 5-5 5M14 4l-4 16" />
    </>
  ),
  lead: (
    <>
      <path d="M12 3v18M4 7h16" />
      <path d="m4 7-3 6h6zM20 7l-3 6h6z" />
    </>
  ),
  escalation: (
    <>
      <path d="M12 3 2 21h20z" />
      <path d="M12 10v5M12 18v.5" />
    </>
  ),
  controls: (
    <>
      <rect x="5" y="10" width="14" height="11" rx="1" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" />
    </>
  ),
  retaliation: (
    <>
      <path d="M4 9h13l-4-4M20 15H7l4 4" />
    </>
  ),
  research: (
    <>
      <path d="M9 3h6M10 3v6l-6 10a1.5 1.5 0 0 0 1.3 2h13.4a1.5 1.5 0 0 0 1.3-2L14 9V3" />
      <path d="M7 15h10" />
    </>
  ),
  budget: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M15 8.5c-.7-.9-1.8-1.3-3-1.3-1.7 0-3 .9-3 2.3 0 3.2 6 1.7 6 4.8 0 1.4-1.3 2.4-3 2.4-1.3 0-2.5-.5-3.2-1.5M12 5v2M12 17v2" />
    </>
  ),
  influence: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" />
    </>
  ),
  win: (
    <>
      <path d="M7 4h10v5a5 5 0 0 1-10 0z" />
      <path d="M7 6H4a3 3 0 0 0 3 4M17 6h3a3 3 0 0 1-3 4M12 14v4M8 21h8" />
    </>
  ),
} as const;

export type IconName = keyof typeof glyphs;

interface Props {
  name: IconName;
  /** The text alternative; the icon is decorative (hidden) when the words stand beside it. */
  label?: string;
  size?: number;
  x?: number;
  y?: number;
}

export function Icon({ name, label, size = 20, x, y }: Props) {
  const described = label !== undefined && label !== '';
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      {...(x === undefined ? {} : { x })}
      {...(y === undefined ? {} : { y })}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      {...(described ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {described ? <title>{label}</title> : null}
      {glyphs[name]}
    </svg>
  );
}
