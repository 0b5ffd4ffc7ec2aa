import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/.nx',
      'tmp',
      'coverage',
      'bench/results',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Apps may use libs; libs never import apps.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib'] },
            // The dashboard sees wire types only: never backend code, never the simulator.
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'],
            },
            {
              sourceTag: 'scope:backend',
              onlyDependOnLibsWithTags: [
                'scope:backend',
                'scope:feed',
                'scope:server',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:feed',
              onlyDependOnLibsWithTags: ['scope:feed', 'scope:server', 'scope:shared'],
            },
            // Process configuration shared by the gateway and the feed process.
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // bench/ and tools/ drive the feed, the gateway and the dashboard from outside: any
            // library but the dashboard's own code.
            {
              sourceTag: 'scope:tooling',
              onlyDependOnLibsWithTags: ['scope:feed', 'scope:server', 'scope:shared'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        { selector: "CallExpression[callee.name='xit']", message: 'No skipped tests.' },
        { selector: "CallExpression[callee.name='xdescribe']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    // Nest resolves constructor parameters from emitted decorator metadata, which needs the
    // classes imported as values.
    files: ['backend/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  ...tseslint.config({
    files: ['frontend/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never render data as HTML.' },
        { property: 'outerHTML', message: 'Never render data as HTML.' },
        { property: 'bypassSecurityTrustHtml', message: 'Never bypass sanitisation.' },
        { property: 'bypassSecurityTrustScript', message: 'Never bypass sanitisation.' },
        { property: 'bypassSecurityTrustUrl', message: 'Never bypass sanitisation.' },
        { property: 'bypassSecurityTrustResourceUrl', message: 'Never bypass sanitisation.' },
        { property: 'bypassSecurityTrustStyle', message: 'Never bypass sanitisation.' },
      ],
    },
  }),
  {
    // The dashboard's folders are layers (docs/dashboard.md): shared/ leaves know nothing of the
    // app, data/ services build on shared/, features/ build on both and never on each other, the
    // shell (app.*, main.ts) composes them. Every source file belongs to one of these, and no
    // import cycle exists anywhere, also inside a layer.
    files: ['frontend/src/**/*.ts'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      // no-cycle reads the imported files: it must know how to parse TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
      'boundaries/elements': [
        { type: 'shared', pattern: 'frontend/src/app/shared', partialMatch: false },
        {
          type: 'data',
          pattern: 'frontend/src/app/data/*',
          capture: ['name'],
          partialMatch: false,
        },
        {
          type: 'feature',
          pattern: 'frontend/src/app/features/*',
          capture: ['name'],
          partialMatch: false,
        },
      ],
      // The shell (bootstrap, root component, test setup) composes the layers; nothing in a layer
      // may import it.
      'boundaries/files': [
        {
          category: 'shell',
          pattern: ['frontend/src/main.ts', 'frontend/src/test-setup.ts', 'frontend/src/app/*.ts'],
        },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // An import of a file that belongs to no layer is an error too.
          checkUnknownLocals: true,
          policies: [
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { type: 'shared' } } },
            },
            {
              from: { element: { type: 'data' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'data'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'data'] } } } },
            },
            {
              from: { file: { categories: 'shell' } },
              allow: [
                { to: { element: { types: { anyOf: ['shared', 'data', 'feature'] } } } },
                { to: { file: { categories: 'shell' } } },
              ],
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // libs/testing is tagged scope:shared so that the dashboard's e2e tests (part of the frontend
    // project) may use it; it starts processes and browsers, which the dashboard itself never does.
    files: ['frontend/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@tickwire/testing', message: 'Node-side test support only.' },
            { name: '@tickwire/testing/dashboard', message: 'Node-side test support only.' },
          ],
        },
      ],
    },
  },
  ...tseslint.config({
    files: ['frontend/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/no-any': 'off',
    },
  }),
  prettier,
];
