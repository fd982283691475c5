import { defineConfig } from 'vite';

// The explorer: built into web/dist, which the API server serves.
export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
