const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'backend',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'backend' }]],
  roots: ['<rootDir>/backend/src', '<rootDir>/backend/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
};
