module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // Integration suites start the real platform (PGlite or PostgreSQL); the first seeds the demo
  // history (minutes on a loaded machine), which hooks wait for.
  testTimeout: 600_000,
  // The demo history is seeded once per run and driver, and each suite starts from a copy.
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
};
