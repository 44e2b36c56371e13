import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const backgroundOnly = [
  { group: ['**/storage/api-key', '@/lib/storage/api-key'], message: 'Only the background may touch the API key.' },
  { group: ['**/api/client', '**/api/endpoints', '@/lib/api/client', '@/lib/api/endpoints'], message: 'Only the background talks to AlfaOne.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // docs/security.md MSG-7: inert rendering only.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    // The key is the background's alone (docs/security.md SEC-1, house style 2.2 #3).
    files: ['entrypoints/{popup,options,bulk,content,sidepanel}/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: backgroundOnly },
      ],
    },
  },
  {
    files: ['entrypoints/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: backgroundOnly,
          paths: [
            { name: 'zod', message: 'Keep the content script small: no zod.' },
            { name: 'react', message: 'No React in the content script.' },
          ],
        },
      ],
    },
  },

  {
    // Tests and benchmarks load committed fixture HTML into a document on purpose.
    files: ['**/__tests__/**', 'e2e/**', 'bench/**'],
    rules: { 'no-unsanitized/method': 'off', 'no-unsanitized/property': 'off' },
  },
);
