import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/__tests__/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'e2e/**', 'e2e-firefox/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 15_000,
    setupFiles: ['test/i18n.ts', 'test/web-locks.ts', 'lib/storage/__tests__/setup.ts', 'test/worker-memory.ts'],
  },
});
