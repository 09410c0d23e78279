import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,db,client,bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['server/testing/globalSetup.ts'],
  },
});
