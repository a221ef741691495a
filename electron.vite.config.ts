import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Three Node entries share the main build: the Electron shell, the web host
// (same services, served to a browser where Electron cannot run) and the CLI.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('electron/shell/main.ts'),
          web: resolve('electron/hosts/web-main.ts'),
          cli: resolve('electron/cli/main.ts'),
          // Fingerprint matching runs in worker threads (electron/services/fingerprints/engine/matcher-pool.ts).
          'fingerprint-worker': resolve('electron/services/fingerprints/engine/fingerprint-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload must be one self-contained CommonJS file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve('renderer/index.html') } } },
  },
})
