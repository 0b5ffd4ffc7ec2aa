// Shared Jest settings for the Node projects (libs and backend): ts-jest in transpile-only
// mode, because `nx run-many -t typecheck` already runs the type checker. ts-jest reads that mode
// from `isolatedModules` in the tsconfig (tsconfig.jest.json); its own option of that name is
// deprecated.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testTimeout: 30000,
};
