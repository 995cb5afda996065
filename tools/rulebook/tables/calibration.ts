import { defaultParameters, getParameter, parameterPaths } from '../../../rules/index.ts';
import { table } from '../markdown.ts';
import { designNumber, parameterSources } from '../sources.ts';

/** §18: every parameter, its default and its source; design numbers are labelled as such. */

/** The source of a parameter path: the longest key in the sources table that is the path or its prefix. */
export function sourceOf(path: string): string | undefined {
  let best: string | undefined;
  for (const key of Object.keys(parameterSources)) {
    const matches = path === key || path.startsWith(`${key}.`);
    if (matches && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : parameterSources[best];
}

/** A default as written in the parameters, at full precision (0.0015 stays 0.0015). */
const exact = (value: number): string => String(Number(value.toPrecision(12)));

export function calibrationTable(): string {
  const rows = parameterPaths(defaultParameters).map((path) => {
    const value = getParameter(defaultParameters, path);
    const source = sourceOf(path);
    if (source === undefined) throw new Error(`no source for parameter ${path} in tools/rulebook/sources.ts`);
    const label = source.startsWith(designNumber)
      ? `**${designNumber}**${source.slice(designNumber.length)}`
      : source;
    return [`\`${path}\``, value === undefined ? '' : exact(value), label];
  });
  return table(['Parameter', 'Default', 'Source'], rows);
}
