import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // @wxt-dev/i18n reads `browser` from @wxt-dev/browser, which WxtVitest does not mock (it mocks wxt/browser):
    // give it the same fake browser, per test file, as everything else.
    alias: {
      '@wxt-dev/browser': fileURLToPath(new URL('./virtual/mock-browser.mjs', import.meta.resolve('wxt/browser'))),
    },
  },
  test: {
    include: ['**/__tests__/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'e2e/**', 'e2e-firefox/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 15_000,
    // Inlined so the alias above applies (an external package would keep the first file's browser for good).
    server: { deps: { inline: ['@wxt-dev/i18n'] } },
    setupFiles: ['test/i18n.ts', 'test/web-locks.ts', 'lib/storage/__tests__/setup.ts', 'test/worker-memory.ts'],
  },
});
