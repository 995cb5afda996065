import { getParameter, defaultParameters, scenarios } from '../../../rules/index.ts';
import { formatNumber, table } from '../markdown.ts';

/** §16: every scenario and the parameters it changes from the baseline. */

function overrides(entries: Readonly<Record<string, number>>): string {
  const changes = Object.entries(entries).map(([path, value]) => {
    const before = getParameter(defaultParameters, path);
    return `\`${path}\` ${before === undefined ? '' : `${formatNumber(before)} → `}${formatNumber(value)}`;
  });
  return changes.length > 0 ? changes.join('; ') : 'none (the defaults)';
}

export function scenariosTable(): string {
  return table(
    ['Id', 'Title', 'Summary', 'Changes from the defaults'],
    scenarios.map((scenario) => [
      `\`${scenario.id}\``,
      scenario.title,
      scenario.summary,
      overrides(scenario.overrides),
    ]),
  );
}
