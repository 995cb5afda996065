import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noRulesOutward = {
  patterns: [
    {
      group: ['**/server/**', '../server/*'],
      message: 'rules/ is the pure engine: it imports neither server nor src.',
    },
    {
      group: ['**/src/**', '../src/*'],
      message: 'rules/ is the pure engine: it imports neither server nor src.',
    },
  ],
  paths: [
    { name: 'node:fs', message: 'rules/ does no I/O.' },
    { name: 'fs', message: 'rules/ does no I/O.' },
    { name: 'react', message: 'rules/ knows nothing of React.' },
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
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', noRulesOutward],
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
