import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import { gamesJsonl } from '../../../tools/sim/output.ts';
import { runSimulation } from '../../../tools/sim/run.ts';
import { labLabel, parseLabText } from '../../../src/replay/lab-input.ts';

const run = runSimulation({
  games: 3,
  seed: 'in',
  scenarioId: 'compressed-2027',
  us: 'greedy',
  china: 'random',
});
const jsonl = gamesJsonl(run.rows, 'compressed-2027');

describe('a balance-lab game pasted into the replay viewer', () => {
  it('reads a games.jsonl row: seed, bots, scenario from its replay command, rules and fingerprint', () => {
    const [line] = jsonl.split('\n');
    const parsed = parseLabText(line ?? '');
    const row = run.rows[0];
    expect(parsed).toEqual([
      {
        game: { scenarioId: 'compressed-2027', seed: 'in:0', us: 'greedy', china: 'random', overrides: {} },
        playedUnder: RULES_VERSION,
        fingerprint: row?.fingerprint,
        moves: row?.moves,
        recordedResult: expect.stringMatching(/wins in round \d|Draw in round \d/) as unknown,
      },
    ]);
  });

  it('reads a whole games.jsonl, one game a line', () => {
    const parsed = parseLabText(jsonl);
    expect('error' in parsed ? parsed.error : parsed.map((source) => source.game.seed)).toEqual([
      'in:0',
      'in:1',
      'in:2',
    ]);
  });

  it('reads the output of sim --replay --json, pretty-printed or not', () => {
    const output = {
      seed: '1:4',
      scenario: 'baseline-2025',
      bots: { us: 'random', china: 'greedy' },
      overrides: { 'calendar.roundCount': 5 },
      result: { winner: 'china', reason: 'computeLead', round: 3 },
      moves: 41,
      fingerprint: 'abc',
      rulesVersion: '2.1.0',
      log: [],
    };
    for (const text of [JSON.stringify(output), JSON.stringify(output, null, 2)]) {
      const parsed = parseLabText(text);
      expect('error' in parsed ? parsed.error : parsed[0]).toEqual({
        game: {
          scenarioId: 'baseline-2025',
          seed: '1:4',
          us: 'random',
          china: 'greedy',
          overrides: { 'calendar.roundCount': 5 },
        },
        playedUnder: '2.1.0',
        fingerprint: 'abc',
        moves: 41,
        recordedResult: 'China wins in round 3: the compute lead reached the end of its track.',
      });
    }
  });

  it('refuses what is not a game, naming the line', () => {
    expect(parseLabText('')).toEqual({ error: expect.stringContaining('paste') as unknown });
    expect(parseLabText('{"seed": 3}')).toEqual({ error: expect.stringContaining('neither') as unknown });
    expect(parseLabText(`${jsonl.split('\n')[0] ?? ''}\nnot json`)).toEqual({ error: 'line 2: not JSON' });
    const otherScenario = (jsonl.split('\n')[0] ?? '').replace(
      '--scenario compressed-2027',
      '--scenario nowhere',
    );
    expect(parseLabText(otherScenario)).toEqual({ error: 'unknown scenario "nowhere"' });
    const unknownParameter = (jsonl.split('\n')[0] ?? '').replace(
      '"overrides":{}',
      '"overrides":{"no.such":1}',
    );
    expect(parseLabText(unknownParameter)).toEqual({ error: 'unknown parameter: no.such' });
  });

  it('labels a game by its seed, bots, length and end', () => {
    const parsed = parseLabText(jsonl.split('\n')[1] ?? '');
    const source = 'error' in parsed ? undefined : parsed[0];
    expect(source && labLabel(source)).toMatch(/^Game in:1: greedy \(US\) vs random \(China\), \d+ moves; /);
  });
});
