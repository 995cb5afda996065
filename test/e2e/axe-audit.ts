import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * An axe-core audit of one page as the browser shows it now (issue 12: "0 serious or critical
 * violations"): the WCAG 2.0/2.1 A and AA rules, each violation counted by the elements it names.
 */

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A rule that failed on a page: how bad axe rates it, and the elements it failed on. */
export interface Violation {
  rule: string;
  impact: string;
  count: number;
  /** The first few failing elements: selector and axe's reason (e.g. the colours and their ratio). */
  examples: string[];
}

export interface PageAudit {
  page: string;
  violations: Violation[];
}

const blocking = new Set(['serious', 'critical']);

export const isBlocking = (violation: Violation): boolean => blocking.has(violation.impact);

export async function auditPage(page: Page, name: string): Promise<PageAudit> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return {
    page: name,
    violations: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      count: violation.nodes.length,
      examples: violation.nodes.slice(0, 3).map((node) => {
        const reason = [...node.any, ...node.all, ...node.none][0]?.message;
        return `${node.target.join(' ')}${reason === undefined ? '' : ` (${reason})`}`;
      }),
    })),
  };
}

/** A failing rule: `color-contrast (serious) ×3: .quiet (Element has insufficient …); …`. */
export const describeViolation = (violation: Violation): string =>
  `${violation.rule} (${violation.impact}) ×${violation.count}: ${violation.examples.join('; ')}`;

/** The pages' counts as a table: serious and critical, then moderate and minor with their rules. */
export function describeAudits(audits: PageAudit[]): string {
  const count = (audit: PageAudit, impacts: string[]): string => {
    const found = audit.violations.filter((violation) => impacts.includes(violation.impact));
    const total = found.reduce((sum, violation) => sum + violation.count, 0);
    return found.length === 0
      ? '0'
      : `${total} (${found.map((violation) => `${violation.rule}×${violation.count}`).join(', ')})`;
  };
  const width = Math.max(...audits.map((audit) => audit.page.length));
  return audits
    .map(
      (audit) =>
        `  ${audit.page.padEnd(width)}  serious/critical ${count(audit, ['serious', 'critical'])}` +
        `  moderate ${count(audit, ['moderate'])}  minor ${count(audit, ['minor'])}`,
    )
    .join('\n');
}
