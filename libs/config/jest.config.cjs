const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'config',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'config' }]],
  roots: ['<rootDir>/libs/config/src'],
};
