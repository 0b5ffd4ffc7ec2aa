const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'feed',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'feed' }]],
  roots: ['<rootDir>/feed/src'],
};
