/**
 * Jest: TypeScript through ts-jest (type-checking is `npm run lint`'s job, so tests only transpile).
 * The print test needs LibreOffice, which `npm install` does not bring: it runs with `npm run test:print`
 * (and in CI, which installs LibreOffice), selected by OPORA_PRINT_TESTS=1.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: process.env.OPORA_PRINT_TESTS === '1' ? ['/node_modules/'] : ['/node_modules/', '/tests/print/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 120000,
};
