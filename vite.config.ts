import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The client lives in src/ and builds to dist/client/, which the server serves on the same port. */
export default defineConfig({
  root: 'src',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: {
    proxy: {
      '/games': 'http://localhost:8000',
      '/health': 'http://localhost:8000',
      '/socket.io': { target: 'ws://localhost:8000', ws: true },
    },
  },
});
