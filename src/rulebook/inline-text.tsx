import type { ReactNode } from 'react';

/** The rulebook's inline Markdown: **bold**, _emphasis_ and `code`, as React nodes (never raw HTML). */
const pattern = /(\*\*[^*]+\*\*|`[^`]+`|\b_[^_]+_\b)/g;

export function InlineText({ text }: { text: string }) {
  const nodes: ReactNode[] = text.split(pattern).map((part, index) => {
    const key = `${String(index)}-${part}`;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
      return <code key={key}>{part.slice(1, -1)}</code>;
    if (part.startsWith('_') && part.endsWith('_') && part.length > 2)
      return <em key={key}>{part.slice(1, -1)}</em>;
    return part;
  });
  return <>{nodes}</>;
}
