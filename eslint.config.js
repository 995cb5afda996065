import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The folders' import boundaries (docs/STYLE.md, "Folders show the runtime"): `rules/` is the pure
 * engine; `server/` is what serves matches and never loads the tools or the browser's code; `src/` is
 * the browser and never loads Node code. `tools/` (the lab, load tester, generators, bot client) may
 * import all three. test/boundaries.test.ts checks that each rule fires.
 */
const forbidden = (folder, message) => ({ group: [`**/${folder}/**`, `../${folder}/*`], message });

const rulesImports = {
  patterns: ['server', 'src', 'tools'].map((folder) =>
    forbidden(folder, 'rules/ is the pure engine: it imports neither server, src nor tools.'),
  ),
  paths: [
    { name: 'node:fs', message: 'rules/ does no I/O.' },
    { name: 'fs', message: 'rules/ does no I/O.' },
    { name: 'react', message: 'rules/ knows nothing of React.' },
  ],
};

const serverImports = {
  patterns: [
    forbidden('tools', 'server/ serves matches: tools import the server, never the other way round.'),
    forbidden('src', 'server/ is Node: what it shares with the browser lives in rules/.'),
  ],
};

const srcImports = {
  patterns: [
    forbidden('server', 'src/ is the browser: it talks to the server over HTTP and Socket.IO only.'),
    forbidden('tools', 'src/ is the browser: the tools are Node programs.'),
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'out', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', serverImports] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', srcImports] },
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', rulesImports],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'rules/ draws randomness only from the seeded PRNG in the state.',
        },
        { object: 'Date', property: 'now', message: 'rules/ never reads the clock: time comes in as data.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'rules/ is pure: no Node globals.' },
        { name: 'window', message: 'rules/ is pure: no DOM.' },
        { name: 'document', message: 'rules/ is pure: no DOM.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'rules/ never reads the clock.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
