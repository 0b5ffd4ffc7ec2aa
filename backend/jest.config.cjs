const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'backend',
  // jose is ESM-only; Jest's CommonJS loader cannot require ESM before Node 24.9, so it is compiled.
  transform: {
    ...preset.transform,
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'backend' }]],
  roots: ['<rootDir>/backend/src', '<rootDir>/backend/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
};
