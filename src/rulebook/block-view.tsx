import type { Block } from './parse-rulebook.ts';
import { InlineText } from './inline-text.tsx';

/** One block of the generated Markdown (the rulebook, the facilitator guide) as React: never raw HTML. */
export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 3 ? (
        <h4>
          <InlineText text={block.text} />
        </h4>
      ) : (
        <h5>
          <InlineText text={block.text} />
        </h5>
      );
    case 'paragraph':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <InlineText text={block.text} />
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={`${String(index)}-${item.slice(0, 20)}`}>
          <InlineText text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table': {
      const [head, ...rows] = block.rows;
      return (
        // A wide table scrolls sideways on a phone: focusable, named by its columns, for the keyboard.
        <div
          className="rules-table"
          tabIndex={0}
          role="region"
          aria-label={`Table: ${(head ?? []).map((cell) => cell.replace(/[`*]/g, '')).join(', ')}`}
        >
          <table>
            {head ? (
              <thead>
                <tr>
                  {head.map((cell, index) => (
                    <th key={`${String(index)}-${cell}`} scope="col">
                      <InlineText text={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={`${String(rowIndex)}-${row[0] ?? ''}`}>
                  {row.map((cell, index) => (
                    <td key={`${String(index)}-${cell}`}>
                      <InlineText text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
  }
}
