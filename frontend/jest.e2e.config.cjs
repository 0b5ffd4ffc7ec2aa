// End-to-end tests: the production build of the gateway as its own process, driven by a real
// Debian Chromium through playwright-core.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../tsconfig.base.json');

// globalSetup runs in Jest's own process, outside moduleNameMapper: the aliases are registered here.
require('tsconfig-paths').register({ baseUrl: `${__dirname}/..`, paths: compilerOptions.paths });

module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: 'node',
  // The support code shared with the backend's tests and the bench (libs/testing), by its alias.
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../' }),
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  transform: {
    // Transpile-only through the tsconfig's isolatedModules (ts-jest's own option is deprecated).
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.e2e.json' }],
  },
  reporters: ['default', ['<rootDir>/../tools/jest-summary-reporter.cjs', { name: 'e2e' }]],
  testTimeout: 90000,
  maxWorkers: 1,
};
