// Jest configuration for the browser tests. It is deliberately not named jest.config.*: the
// @nx/jest plugin would infer a `test` target from that name, and these specs need the api and
// admin builds and a running platform, which only the `e2e` target provides.
module.exports = {
  displayName: 'admin-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  reporters: ['default', '<rootDir>/../../tools/scripts/count-reporter.cjs'],
  globalSetup: '<rootDir>/src/support/platform.global-setup.ts',
  globalTeardown: '<rootDir>/src/support/platform.global-teardown.ts',
  testSequencer: '<rootDir>/src/support/spec-order.sequencer.cjs',
  // One platform serves every spec, and some specs add partnerships: run them one at a time.
  maxWorkers: 1,
  // A real browser against a real server: an upper bound for a stuck test, not a speed target.
  testTimeout: 120_000,
};
