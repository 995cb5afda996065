import type { CSSProperties, ReactNode } from 'react';

/**
 * A drawing sized in CSS pixels (its viewBox the same), read out as one image by its label, which is
 * also its <title>: the tracks and the lead chart. Its natural width is `--natural-width`, so that a
 * style can scale it with the type (the tracks in projector mode: src/styles/screens.css).
 */
export function LabelledSvg({
  className,
  width,
  height,
  label,
  children,
}: {
  className: string;
  width: number;
  height: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      overflow="visible"
      style={{ '--natural-width': `${width}px` } as CSSProperties}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {children}
    </svg>
  );
}
