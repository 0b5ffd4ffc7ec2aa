const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'market-sim',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'market-sim' }]],
  roots: ['<rootDir>/libs/market-sim/src'],
};
