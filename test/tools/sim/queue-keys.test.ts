import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesDir } from '../../../server/rules-version/bundle-hash.ts';
import {
  describeRulesKey,
  installedVersion,
  rulesKeyOf,
  rulesRuntimePackages,
  runningRulesKey,
} from '../../../tools/sim/queue-keys.ts';

/**
 * A queued run is played only by workers of the same rules key (docs/SIM.md, "Which workers"): the key
 * must change with anything that can change a game's row, the rules' runtime packages among them.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The packages rules/ imports for their values (type-only imports vanish at run time). */
function packagesImportedByRules(): string[] {
  const packages = new Set<string>();
  for (const file of sourceFiles(rulesDir))
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(
      /^import (type )?[^'"]*from '([^'.][^']*)';$/gm,
    )) {
      if (typeOnly !== undefined || specifier === undefined || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier));
    }
  return [...packages].sort();
}

describe('the rules key of a queued run', () => {
  const running = runningRulesKey();

  it('names every package the rules import at run time, at its installed version', () => {
    expect([...rulesRuntimePackages].sort()).toEqual(packagesImportedByRules());
    for (const name of rulesRuntimePackages) {
      const manifest = JSON.parse(
        readFileSync(path.join(rulesDir, '..', 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(running.dependencies[name], name).toBe(manifest.version);
      expect(installedVersion(name)).toBe(manifest.version);
    }
  });

  it('changes with a dependency’s version, not with the order the versions are listed in', () => {
    const { key: _key, ...parts } = running;
    expect(rulesKeyOf(parts).key).toBe(running.key);
    const otherImmer = rulesKeyOf({ ...parts, dependencies: { ...parts.dependencies, immer: '10.0.0' } });
    expect(otherImmer.key).not.toBe(running.key);
    const otherBoardgame = rulesKeyOf({
      ...parts,
      dependencies: { ...parts.dependencies, 'boardgame.io': '0.50.1' },
    });
    expect(otherBoardgame.key).not.toBe(running.key);
    expect(otherBoardgame.key).not.toBe(otherImmer.key);
    // The order the versions are listed in is not part of the key.
    const reversed = Object.fromEntries(Object.entries(parts.dependencies).reverse());
    expect(rulesKeyOf({ ...parts, dependencies: reversed }).key).toBe(running.key);
  });

  it('differs with the rules, the game code or the engine', () => {
    const { key: _key, ...parts } = running;
    for (const changed of [
      { ...parts, rulesBundleHash: `${parts.rulesBundleHash}0` },
      { ...parts, gamesCodeHash: `${parts.gamesCodeHash}0` },
      { ...parts, v8: `${parts.v8}.1` },
    ])
      expect(rulesKeyOf(changed).key).not.toBe(running.key);
  });

  it('says what it stands for, dependency versions included', () => {
    const described = describeRulesKey(running);
    for (const name of rulesRuntimePackages) expect(described).toContain(`${name} ${installedVersion(name)}`);
    expect(described).toContain(`V8 ${running.v8}`);
  });
});
