import fc from 'fast-check';
import { applyPatch } from 'rfc6902';
import type { Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { applyMove, createGame, legalMoves, observe, sidesToMove } from '../../rules/index.ts';
import { nextInt, seedRng } from '../../rules/rng.ts';
import type { DiffMemo } from '../../server/transport/json-patch.ts';
import { applyJsonPatch, diffJson, PatchError } from '../../server/transport/json-patch.ts';

/** What a client holds after a value went through JSON. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** The stock boardgame.io client's way: clone, then rfc6902's applyPatch; null when any operation fails. */
function stockApply(before: unknown, patch: unknown): unknown {
  const document = wire(before) as object;
  const results = applyPatch(document, wire(patch) as Operation[]);
  return results.every((result) => result === null) ? document : null;
}

// rfc6902 refuses the key __proto__ (game states never hold it; our applier's handling is tested below).
const key = fc.string().filter((text) => text !== '__proto__');
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  ),
}));
const objectRoot = fc.dictionary(key, json);

describe('diffJson / applyJsonPatch', () => {
  it('turns any JSON object into any other, for our applier and for the stock client (rfc6902)', () => {
    fc.assert(
      fc.property(objectRoot, objectRoot, (before, after) => {
        const patch = diffJson(before, after);
        expect(applyJsonPatch(wire(before), wire(patch) as typeof patch)).toEqual(wire(after));
        expect(stockApply(before, patch)).toEqual(wire(after));
      }),
      { numRuns: 500 },
    );
  });

  it('handles related values: edits inside nested arrays and objects', () => {
    const edited = fc
      .tuple(objectRoot, fc.array(fc.tuple(key, json), { maxLength: 4 }))
      .map(([before, edits]) => {
        const after = wire(before) as Record<string, unknown>;
        for (const [key, value] of edits) after[key] = value;
        return [before, after] as const;
      });
    fc.assert(
      fc.property(edited, ([before, after]) => {
        const patch = diffJson(before, after);
        expect(stockApply(before, patch)).toEqual(wire(after));
        expect(applyJsonPatch(wire(before), wire(patch) as typeof patch)).toEqual(wire(after));
      }),
    );
  });

  it('is empty for equal values and skips what both share by reference', () => {
    const shared = { big: Array.from({ length: 1000 }, (_, index) => ({ index })) };
    expect(diffJson({ a: shared, b: 1 }, { a: shared, b: 2 })).toEqual([
      { op: 'replace', path: '/b', value: 2 },
    ]);
    expect(diffJson(wire(shared), wire(shared))).toEqual([]);
  });

  it('treats undefined keys as absent and undefined array items as null, as JSON does', () => {
    expect(diffJson({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffJson({ a: 1 }, { a: undefined })).toEqual([{ op: 'remove', path: '/a' }]);
    expect(diffJson([null], [undefined])).toEqual([]);
  });

  it('escapes keys with / and ~ and appends and trims arrays at the end', () => {
    const patch = diffJson({ 'a/b': 1, 'c~d': [1, 2, 3] }, { 'a/b': 2, 'c~d': [1] });
    expect(patch).toEqual([
      { op: 'replace', path: '/a~1b', value: 2 },
      { op: 'remove', path: '/c~0d/2' },
      { op: 'remove', path: '/c~0d/1' },
    ]);
    expect(diffJson({ log: [1] }, { log: [1, 2, 3] })).toEqual([
      { op: 'add', path: '/log/1', value: 2 },
      { op: 'add', path: '/log/2', value: 3 },
    ]);
  });

  it('refuses paths that do not fit the document and never writes to a prototype', () => {
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'replace', path: '/b', value: 1 }])).toThrow(PatchError);
    expect(() => applyJsonPatch({ a: [] }, [{ op: 'add', path: '/a/3', value: 1 }])).toThrow(PatchError);
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'remove', path: '/a/b' }])).toThrow(PatchError);
    const patched = applyJsonPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(patched as object)).toEqual(['__proto__']);
  });

  it('carries a seat view through a whole game in patches the size of the change', () => {
    let state: GameState = createGame({ scenarioId: 'baseline-2025', seed: 'patch' });
    const rng = seedRng('patch-moves');
    let held = wire(observe(state, 'china'));
    let patchBytes = 0;
    let viewBytes = 0;
    for (let moves = 0; state.result === null && moves < 400; moves++) {
      const side = sidesToMove(state)[0];
      if (!side) break;
      const options = legalMoves(state, side);
      const move = options[nextInt(rng, options.length)];
      if (!move) break;
      const result = applyMove(state, move);
      if (!result.ok) throw new Error(result.rejection.message);
      const before = observe(state, 'china');
      const after = observe(result.state, 'china');
      const patch = diffJson(before, after);
      // One memo for both seats' views of a commit: shared subtrees are diffed once, same patches.
      const memo: DiffMemo = new Map();
      const wrap = (G: unknown) => ({ G, _stateID: moves });
      expect(diffJson(wrap(before), wrap(after), memo)).toEqual(diffJson(wrap(before), wrap(after)));
      const usPatch = diffJson(wrap(observe(state, 'us')), wrap(observe(result.state, 'us')), memo);
      expect(usPatch).toEqual(diffJson(wrap(observe(state, 'us')), wrap(observe(result.state, 'us'))));
      held = applyJsonPatch(held, wire(patch) as typeof patch);
      expect(held).toEqual(wire(after));
      patchBytes += JSON.stringify(patch).length;
      viewBytes += JSON.stringify(after).length;
      state = result.state;
    }
    expect(state.result).not.toBeNull();
    expect(patchBytes * 10).toBeLessThan(viewBytes);
  });
});
