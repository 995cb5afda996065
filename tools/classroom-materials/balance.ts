import { readFileSync } from 'node:fs';
import { baselineScenarioId } from '../../rules/index.ts';

/**
 * The measured balance of each scenario, read from docs/BALANCE.md (the balance lab's record, every
 * figure with its command and fingerprint): the baseline from the strong-bot table's `mcts:200` mirror,
 * the others from the scenarios table. The guide cites these rather than its own numbers.
 */

export interface MeasuredBalance {
  scenarioId: string;
  games: number;
  /** The US's win rate with its Wilson 95% interval, as BALANCE.md prints it: "47.3% (45.2–49.5)". */
  usWinRate: string;
  /** "US: final score 524, compute lead 346; China: …". */
  winsByRoute: string;
  fingerprint: string;
  bots: string;
}

export function readBalanceFile(): string {
  return readFileSync(new URL('../../docs/BALANCE.md', import.meta.url), 'utf8');
}

/** The body of a `## ` section, up to the next one. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/BALANCE.md has no section "${title}"`);
  const next = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, next < 0 ? undefined : next);
}

/** A Markdown table's body rows as trimmed cells (the header and the rule are skipped). */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
}

const plain = (cell: string): string => cell.replaceAll('**', '').replaceAll('`', '');
const gamesIn = (cell: string): number => Number(cell.replaceAll(',', ''));

export function measuredBalance(markdown: string): Map<string, MeasuredBalance> {
  const measured = new Map<string, MeasuredBalance>();
  for (const [us, china, games, rate, routes, fingerprint] of tableRows(
    section(markdown, 'Strong bot against strong bot'),
  )) {
    if (us !== 'mcts:200' || china !== 'mcts:200' || !games || !rate || !routes || !fingerprint) continue;
    measured.set(baselineScenarioId, {
      scenarioId: baselineScenarioId,
      games: gamesIn(games),
      usWinRate: plain(rate),
      winsByRoute: routes,
      fingerprint: plain(fingerprint),
      bots: 'mcts:200 against mcts:200',
    });
  }
  const scenariosSection = section(markdown, 'Scenarios');
  const command = /--games (\d+)[^`]*--us (\S+) --china (\S+)/.exec(scenariosSection);
  if (!command?.[1]) throw new Error('docs/BALANCE.md: the scenarios section gives no command with --games');
  for (const [name, rate, routes, fingerprint] of tableRows(scenariosSection)) {
    const scenarioId = name?.split(' ')[0];
    if (!scenarioId || !rate || !routes || !fingerprint) continue;
    measured.set(scenarioId, {
      scenarioId,
      games: Number(command[1]),
      usWinRate: plain(rate),
      winsByRoute: routes,
      fingerprint: plain(fingerprint),
      bots: `${command[2] ?? '?'} against ${command[3] ?? '?'}`,
    });
  }
  return measured;
}
