import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Where the dev server sends API calls; the Nestje server listens on port 3000 by default. */
const apiTarget = process.env.NESTJE_API_URL ?? 'http://localhost:3000';

// Keep the browser's Host header (no changeOrigin) so the server's Origin check sees the page's own origin.
const proxy = {
  '/api': { target: apiTarget },
  '/healthz': { target: apiTarget },
  '/readyz': { target: apiTarget },
  // The server writes the manifest: it names the signed-in organisation.
  '/manifest.webmanifest': { target: apiTarget },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!tiptap)[^\\/]+|@floating-ui|react-remove-scroll[^\\/]*)[\\/]/,
            },
            // The rich text editor is for staff writing news: loaded when its form opens, never for parents.
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|@mantine[\\/]tiptap|prosemirror-[^\\/]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|markdown-it|@remirror)[\\/]/,
            },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    // One jsdom per worker, each test file in a fresh VM context of it: as isolated as a fresh environment per
    // file, at a third of the time (setting up jsdom 80 times took a third of the run).
    pool: 'vmThreads',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
