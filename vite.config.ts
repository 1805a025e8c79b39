/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { builtinScenarios } from './src/build/scenarios-plugin.ts';

export default defineConfig({
  plugins: [
    // built-in scenarios are validated and turned into JavaScript at build time (and in dev and tests)
    builtinScenarios(),
    react(),
    // offline after the first visit: the app shell, every route's code and the built-in scenarios are precached.
    // index.html registers the service worker with a plain script once the page has loaded (no workbox-window:
    // the app offers no update prompt; a new version takes over at once and its code runs from the next load)
    VitePWA({
      injectRegister: 'script-defer',
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Parley',
        short_name: 'Parley',
        description: 'Customer-service role-play practice, scored on the device.',
        theme_color: '#1d4ed8',
        background_color: '#f4f5f7',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['src/engine/**/*.test.ts', 'src/cli/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/engine/**', 'src/cli/**'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
