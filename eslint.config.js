// Lint enforces the layer table of ../shared/ARCHITECTURE.md: a wrong import
// fails `npm run lint` instead of waiting for review.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const nativeDeps = ['serialport', '@serialport/*', 'better-sqlite3', 'ws', 'node-hid', 'sharp']

/** One rule per layer: what a folder must not import. */
function layer(files, { modules = [], folders = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: modules.filter((m) => !m.includes('*')).map((name) => ({ name, message })),
          patterns: [
            ...folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message })),
            ...modules.filter((m) => m.includes('*')).map((m) => ({ group: [m], message })),
          ],
        },
      ],
    },
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['shared/**'], {
    modules: ['electron', ...nodeBuiltins, ...nativeDeps, 'react', 'react-dom'],
    folders: ['electron', 'drivers', 'renderer'],
    message: 'shared/ runs anywhere: it may import nothing app-specific, no Node built-ins, no Electron.',
  }),
  layer(['drivers/**'], {
    modules: ['electron'],
    folders: ['electron', 'renderer'],
    message: 'drivers/ may import shared/ only and never electron.',
  }),
  layer(['renderer/**'], {
    modules: ['electron', ...nodeBuiltins, ...nativeDeps],
    folders: ['electron', 'drivers'],
    message: 'renderer/ talks to the CheckpointApi contract only: it may import shared/, never electron, drivers or Node.',
  }),
  layer(['electron/**'], {
    modules: ['electron'],
    folders: ['renderer'],
    message: 'Only the Electron shell (electron/shell, electron/preload) imports electron; services stay plain Node.',
  }),
  layer(['electron/shell/**', 'electron/preload/**'], {
    folders: ['renderer'],
    message: 'The Electron shell may not import renderer code.',
  }),
)
