const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../tsconfig.base.json');

module.exports = {
  displayName: 'frontend',
  reporters: ['default', ['<rootDir>/../tools/jest-summary-reporter.cjs', { name: 'frontend' }]],
  preset: 'jest-preset-angular',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  moduleNameMapper: {
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../' }),
    // lightweight-charts 5 only exports an `import` condition; Jest resolves `require`.
    '^lightweight-charts$':
      '<rootDir>/../node_modules/lightweight-charts/dist/lightweight-charts.production.mjs',
  },
};
