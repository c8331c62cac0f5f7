// Lint: typescript-eslint's recommended rules, plus the import boundaries of
// CONVENTIONS.md (core imports only core; web only the contract; features never import
// each other), enforced with eslint-plugin-boundaries.
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tmp/**', 'src/db/migrations/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core/**' },
        { type: 'contract', pattern: 'src/contract/**' },
        { type: 'db', pattern: 'src/db/**' },
        { type: 'importers', pattern: 'src/importers/**' },
        { type: 'use-cases', pattern: 'src/use-cases/**' },
        { type: 'server', pattern: 'src/server/**' },
        { type: 'cli', pattern: 'src/cli/**' },
        { type: 'web-feature', pattern: 'src/web/features/*', capture: ['feature'] },
        { type: 'web', pattern: 'src/web/**' },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        policies: [
          { from: { element: { type: 'core' } }, allow: { to: { element: { types: { anyOf: ['core'] } } } } },
          { from: { element: { type: 'contract' } }, allow: { to: { element: { types: { anyOf: ['contract'] } } } } },
          { from: { element: { type: 'importers' } }, allow: { to: { element: { types: { anyOf: ['importers', 'core', 'contract'] } } } } },
          { from: { element: { type: 'db' } }, allow: { to: { element: { types: { anyOf: ['db', 'core', 'contract', 'importers'] } } } } },
          { from: { element: { type: 'use-cases' } }, allow: { to: { element: { types: { anyOf: ['use-cases', 'db', 'importers', 'core', 'contract'] } } } } },
          { from: { element: { type: 'server' } }, allow: { to: { element: { types: { anyOf: ['server', 'use-cases', 'core', 'contract', 'db'] } } } } },
          { from: { element: { type: 'cli' } }, allow: { to: { element: { types: { anyOf: ['cli', 'use-cases', 'core', 'contract', 'db', 'server'] } } } } },
          { from: { element: { type: 'web' } }, allow: { to: { element: { types: { anyOf: ['web', 'web-feature', 'contract'] } } } } },
          { from: { element: { type: 'web-feature' } }, allow: { to: { element: { types: { anyOf: ['web', 'contract'] } } } } },
          // A feature may import its own files, never another feature's.
          { from: { element: { type: 'web-feature' } }, allow: { to: { element: { type: 'web-feature', captured: { feature: '{{from.captured.feature}}' } } } } },
        ],
      }],
    },
  },
);
