import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{shared,drivers,electron,renderer,tests}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
})
