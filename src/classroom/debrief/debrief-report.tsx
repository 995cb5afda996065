import { useState } from 'react';
import type { ClassDebrief } from './class-debrief.ts';
import { ComparisonSection } from './comparison-section.tsx';
import { TableSection } from './table-section.tsx';
import { PrintButton } from '../materials/print-button.tsx';

/**
 * A class's debrief: the comparison or one table on screen (chosen above), every page when printed:
 * the comparison on its own page, then one page per table (debrief-media.css).
 */

/** One table's game by its key ("3", "3.2"); undefined: the class comparison. */
type View = string | undefined;

/** A paper page holds the comparison of this many tables; a bigger class's comparison takes several pages. */
export const tablesPerPrintedComparison = 5;

function printedParts<T extends { table: number; key: string }>(
  tables: readonly T[],
): { label: string; key: string; tables: T[] }[] {
  const parts: { label: string; key: string; tables: T[] }[] = [];
  for (let start = 0; start < tables.length; start += tablesPerPrintedComparison) {
    const chunk = tables.slice(start, start + tablesPerPrintedComparison);
    const first = chunk[0]?.table;
    const last = chunk[chunk.length - 1]?.table;
    parts.push({
      label: first === last ? `table ${String(first)}` : `tables ${String(first)}–${String(last)}`,
      key: chunk.map((table) => table.key).join(' '),
      tables: chunk,
    });
  }
  return parts;
}

function overridesText(overrides: Readonly<Record<string, number>>): string {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return 'the scenario as published';
  return entries.map(([path, value]) => `${path} = ${String(value)}`).join(', ');
}

export function DebriefReport({ debrief, initialView }: { debrief: ClassDebrief; initialView?: View }) {
  const [view, setView] = useState<View>(initialView);
  const { session, scenario, tables } = debrief;
  const exported = new Date(debrief.exportedAt);
  const parts = printedParts(tables);
  return (
    <div className="debrief">
      <header className="debrief-head">
        <h1>
          Debrief: {session.title}
          <span className="quiet">
            {' '}
            · {tables.length} table{tables.length === 1 ? '' : 's'}
          </span>
        </h1>
        <p className="quiet">
          Scenario {scenario ? scenario.title : session.scenarioId}
          {scenario?.counterfactual ? ' (what-if)' : ''}; settings: {overridesText(session.overrides)}; rules{' '}
          {session.rulesVersion}
          {session.turnSeconds === null ? '' : `; ${String(session.turnSeconds)} s a turn`}. Exported{' '}
          {Number.isNaN(exported.getTime())
            ? debrief.exportedAt
            : exported.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
          .
        </p>
        {debrief.warnings.map((warning) => (
          <p key={warning} className="notice">
            {warning}
          </p>
        ))}
      </header>
      <nav className="debrief-nav" aria-label="Debrief pages">
        <button
          type="button"
          aria-pressed={view === undefined}
          onClick={() => {
            setView(undefined);
          }}
        >
          Class comparison
        </button>
        {tables.map((table) => (
          <button
            key={table.key}
            type="button"
            aria-pressed={view === table.key}
            onClick={() => {
              setView(table.key);
            }}
          >
            {table.label}
          </button>
        ))}
        <PrintButton label="Print the report" className="debrief-print" />
      </nav>
      {/* The screen's comparison fits its cells; paper's has small fixed charts, five tables a page. */}
      <div className={`screen-only ${view === undefined ? '' : 'screen-hidden'}`}>
        <ComparisonSection tables={tables} params={debrief.params} />
      </div>
      {parts.map((part, index) => (
        <div key={part.key} className={`print-page print-only ${index === 0 ? 'print-first' : ''}`}>
          <ComparisonSection
            tables={part.tables}
            params={debrief.params}
            onPaper
            {...(parts.length > 1 ? { part: part.label } : {})}
          />
        </div>
      ))}
      {tables.map((table) => (
        <div key={table.key} className={`print-page ${view === table.key ? '' : 'screen-hidden'}`}>
          <TableSection table={table} params={debrief.params} scenarioId={session.scenarioId} />
        </div>
      ))}
    </div>
  );
}
