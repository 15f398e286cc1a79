// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import bans that keep each layer honest; see README "Layout". */
const noNode = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed here.' })) };
const noElectron = { name: 'electron', message: 'Only electron/ may import electron.' };
const noNodeModules = { group: ['**/node/**'], message: 'Node-only core modules (src/**/node) are not allowed here.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...noNode, paths: [...noNode.paths, noElectron], patterns: [noNodeModules] },
      ],
    },
  },
  {
    files: ['src/**/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { ...noNode, paths: [...noNode.paths, noElectron], patterns: [noNodeModules] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc-bridge.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'All IPC goes through the contract (electron/main/ipc-bridge.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '*.config.ts', 'scripts/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
