// ESM + TypeScript: ts-jest compiles src and tests as ES modules; ts-jest-resolver maps the
// `./x.js` specifiers that NodeNext requires back to `./x.ts`.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // The copies StrykerJS makes while `npm run mutate` runs are not tests of this tree.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  clearMocks: true,
  testTimeout: 30000,
  // Says so when the e2e tests ran dist/index.js on another Node than action.yml's.
  globalTeardown: '<rootDir>/script/runtime-notice.mjs',
  // End-to-end tests mostly wait on child processes and sockets: more workers than cores pay off.
  maxWorkers: 4
}
