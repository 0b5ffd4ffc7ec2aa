const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'bus',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'bus' }]],
  roots: ['<rootDir>/libs/bus/src'],
};
