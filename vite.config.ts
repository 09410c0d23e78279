import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server `npm run dev` proxies to; see server/dev.ts. */
const apiTarget = process.env.DEV_API_TARGET ?? 'http://127.0.0.1:3001';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Zod and the switch that keeps it from `eval` (see zodWithoutEval.ts) share a chunk, so
        // the switch runs before any chunk that builds a schema, however the rest is split.
        manualChunks: (id) =>
          id.includes('/node_modules/zod/') || id.endsWith('/app/zodWithoutEval.ts')
            ? 'zod'
            : undefined,
      },
    },
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/collab': { target: apiTarget.replace(/^http/, 'ws'), ws: true },
    },
  },
});
