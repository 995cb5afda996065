import type { ReactNode } from 'react';

/**
 * A drawing sized in CSS pixels (its viewBox the same), read out as one image by its label, which is
 * also its <title>: the tracks and the lead chart.
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
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {children}
    </svg>
  );
}
