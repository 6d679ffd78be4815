// Vite configuration for the admin single-page app: dev server with the API proxied, and the
// production build that the API serves at `/`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API owns these paths; in development the SPA and the API run on different ports, and
// proxying keeps every request same-origin, as it is in production.
const API_ORIGIN = process.env.NSF_API_ORIGIN ?? 'http://localhost:3000';
const apiProxy = Object.fromEntries(
  ['/graphql', '/auth', '/health', '/events'].map((path) => [path, { target: API_ORIGIN, changeOrigin: true }]),
);

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/admin',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: apiProxy,
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: apiProxy,
  },
  plugins: [react()],
  // Vite's own resolution of the workspace's tsconfig paths (@nsf/*), which replaces Nx's
  // deprecated nxViteTsPaths plugin.
  resolve: { tsconfigPaths: true },
  css: {
    // govuk-frontend still ships the `@media screen\0` IE hack, which Lightning CSS (Vite 8's
    // minifier) rejects as a hard error; recovering drops only that rule.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: '../../dist/apps/admin',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
  },
}));
