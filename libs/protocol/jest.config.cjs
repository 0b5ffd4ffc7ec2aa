const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'protocol',
  reporters: ['default', ['<rootDir>/tools/jest-summary-reporter.cjs', { name: 'protocol' }]],
  roots: ['<rootDir>/libs/protocol/src'],
};
