import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformSdks = { group: ['@slack/*', '@microsoft/*'], message: 'Platform SDKs belong in adapters/.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'scratch/', 'data/', 'test-results/', 'src/store/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // process.env is read in one place: the config module.
    files: ['src/**/*.ts', 'adapters/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/config.' },
      ],
      'no-restricted-imports': ['error', { patterns: [platformSdks] }],
    },
  },
  {
    // The calendar comes from the injected Clock: the wall clock is read in
    // the two clock modules only, so no use case depends on the date it runs
    // (CI reruns the tests that reach systemClock under faketime).
    files: ['src/**/*.ts', 'adapters/**/*.ts'],
    ignores: ['src/app/clock.ts', 'adapters/sending/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take "now" from the injected Clock.',
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(Date|DateTime)$/][callee.property.name=/^(now|local|utc)$/][arguments.length=0]',
          message: 'Take "now" from the injected Clock.',
        },
      ],
    },
  },
  {
    // Use cases work with their own types; the generated client's row types stay in src/store.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            platformSdks,
            {
              group: ['**/store/generated/**'],
              message: "Use the app's own types (generated rows stay in src/store).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
