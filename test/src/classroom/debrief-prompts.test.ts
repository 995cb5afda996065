import { describe, expect, it } from 'vitest';
import { cardById } from '../../../rules/index.ts';
import { formatNumber } from '../../../src/board/format.ts';
import { classDebrief } from '../../../src/classroom/debrief/class-debrief.ts';
import { claimPrompts, discussionPrompt, promptsFor } from '../../../src/classroom/debrief/prompts.ts';
import { tableFacts } from '../../../src/classroom/debrief/table-facts.ts';
import { firedEvents } from '../../../src/classroom/debrief/timeline.ts';
import { standardClass, tableOf } from './class-export-fixture.ts';

/**
 * The debrief's discussion prompts (src/classroom/debrief/prompts.ts and claim-evidence.ts) over real
 * games: which a table's history makes relevant, and the table's own figures each one cites.
 */

const { export: classExport } = standardClass();
const table = (number: number) => tableOf(classExport, number);

describe('discussion prompts', () => {
  const debrief = classDebrief(classExport);

  it('answers "did the efficiency-first path hit diminishing returns?" from the table’s own multipliers', () => {
    const entry = table(3);
    const records = entry.rounds;
    const multipliers = records.map((record) => record.figures.china.algorithmicMultiplier);
    // The engine's levels: each rise smaller than the one before (RULEBOOK §10).
    const rises = multipliers
      .slice(1)
      .map((value, index) => value - (multipliers[index] ?? value))
      .filter((rise) => rise > 0);
    expect(rises.length).toBeGreaterThanOrEqual(2);
    const evidence =
      discussionPrompt('efficiency-diminishing').evidence(tableFacts(entry, debrief.params)) ?? '';
    // The path names the round of every change; a round that left the multiplier as it was is skipped.
    const path = multipliers
      .map((value, index) => ({ value, round: index + 1 }))
      .filter(({ value }, index) => index === 0 || value !== multipliers[index - 1])
      .map(({ value, round }) => `×${formatNumber(value, 2)} (round ${String(round)})`)
      .join(' → ');
    expect(evidence).toContain(`China's algorithmic multiplier went ${path}`);
    expect(evidence).toContain(
      `its rises were ${rises.map((rise) => `+${formatNumber(rise, 2)}`).join(', ')}, each smaller than the one before`,
    );
    const first = records[0]?.figures.china;
    const last = records[records.length - 1]?.figures.china;
    if (!first || !last) throw new Error('no records');
    const growth = last.trainingEflops / first.trainingEflops;
    const fromEfficiency = last.algorithmicMultiplier / first.algorithmicMultiplier;
    expect(evidence).toContain(
      `grew ×${formatNumber(growth, 2)} from round 1 to round ${String(records.length)}: ×${formatNumber(fromEfficiency, 2)} from efficiency, ×${formatNumber(growth / fromEfficiency, 2)} from chips`,
    );
  });

  it('picks only prompts the table has figures for, claims first, each with its evidence', () => {
    for (const entry of debrief.tables) {
      expect(entry.prompts.length).toBeGreaterThan(0);
      expect(entry.prompts.length).toBeLessThanOrEqual(6);
      for (const picked of entry.prompts) expect(picked.evidence).toBe(picked.prompt.evidence(entry));
      const kinds = entry.prompts.map((picked) => picked.prompt.topic.kind);
      expect(
        kinds.indexOf('objective') === -1 || !kinds.slice(kinds.indexOf('objective')).includes('claim'),
      ).toBe(true);
    }
  });

  it("ties a card objective's prompt to the cards of that objective that fired, with their sources", () => {
    const entry = debrief.tables[1];
    if (!entry) throw new Error('no table 2');
    const fired = firedEvents(entry.timeline);
    const withObjective = (objective: string) =>
      fired.filter((event) => (event.card.objectives as readonly string[]).includes(objective));
    for (const objective of ['exportControls', 'subsidies', 'ecosystem', 'efficiency'] as const) {
      const evidence = discussionPrompt(`events-${objective}`).evidence(entry);
      const cardsFired = [
        ...new Map(withObjective(objective).map((event) => [event.card.id, event.card])).values(),
      ];
      if (cardsFired.length === 0) expect(evidence).toBeUndefined();
      // Each card once, in the order it first fired; four are named and the rest counted.
      for (const card of cardsFired.slice(0, 4)) expect(evidence).toContain(`${card.title} (`);
      for (const card of cardsFired.slice(0, 4)) expect(evidence).toContain(`Source: ${card.source})`);
      if (cardsFired.length > 4) expect(evidence).toContain(`; and ${String(cardsFired.length - 4)} more.`);
      else if (cardsFired.length > 0) expect(evidence).not.toContain('more.');
    }
    // The injected CHIPS Act is a subsidies card: its prompt must be there.
    const subsidies = discussionPrompt('events-subsidies').evidence(entry) ?? '';
    expect(subsidies).toMatch(/CHIPS and Science Act \([^)]*brought in by the facilitator, round \d/);
    expect(discussionPrompt('events-subsidies').evidence(entry)).toContain(
      `Source: ${cardById('chips-and-science-act').source}`,
    );
  });

  it('asks about the mandate only where China mandated domestic chips', () => {
    for (const entry of debrief.tables) {
      const mandated = entry.timeline.some(({ entries }) =>
        entries.some((item) => item.kind === 'action' && item.action === 'mandateDomesticChips'),
      );
      expect(discussionPrompt('captive-market').evidence(entry) !== undefined).toBe(mandated);
    }
  });

  it('has one prompt for each of the essay’s claims, with a distinct id', () => {
    const ids = new Set(claimPrompts.map((prompt) => prompt.topic.kind === 'claim' && prompt.topic.claim));
    expect(ids.size).toBe(claimPrompts.length);
    expect(promptsFor(tableFacts(table(3), debrief.params), 3).length).toBeLessThanOrEqual(3);
  });
});
