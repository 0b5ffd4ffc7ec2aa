// End-to-end tests: the production build of the gateway as its own process, driven by a real
// Debian Chromium through playwright-core.
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.e2e.json', isolatedModules: true }],
  },
  reporters: ['default', ['<rootDir>/../tools/jest-summary-reporter.cjs', { name: 'e2e' }]],
  testTimeout: 90000,
  maxWorkers: 1,
};
