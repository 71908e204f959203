// ESLint flat config: the recommended sets of ESLint, typescript-eslint (type-aware for
// TypeScript) and eslint-plugin-astro (with its jsx-a11y rules), plus the house rules of
// STYLE.md habit 7. Every override below says why.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Generated output, local databases, committed drizzle-kit SQL and the organisers' content:
  // none of it is hand-written code.
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'data/',
    'db/migrations/',
    'content/',
    'coverage/',
    'test-results/',
  ]),

  // A disable comment that no longer suppresses anything is stale; fail on it so none linger.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Type-aware rules only for TypeScript files: `astro check` already type-checks .astro files
  // (including their <script> blocks), and the few plain .js/.mjs files are config and runners.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],

  // Server code, scripts, tests and config files run on Node.
  { languageOptions: { globals: { ...globals.node } } },
  // React islands hydrate in the browser.
  { files: ['src/components/islands/**'], languageOptions: { globals: { ...globals.browser } } },

  {
    rules: {
      // STYLE.md habit 7: type-only imports are written `import type`, so they vanish from the
      // bundle and `verbatimModuleSyntax` never keeps a server-only module alive by accident.
      '@typescript-eslint/consistent-type-imports': 'error',
      // STYLE.md anti-patterns: no `any` in endpoints (or anywhere); use `unknown` and narrow.
      '@typescript-eslint/no-explicit-any': 'error',
      // STYLE.md anti-patterns: no `// @ts-ignore` in tests; a `@ts-expect-error` must say why.
      '@typescript-eslint/ban-ts-comment': 'error',
      // A leading underscore marks a binding that a signature or a destructuring requires but
      // that is deliberately unused (e.g. `(_request, next)` or `{ password: _p, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // A scrollable table or grid is a labelled `role="region"` with tabindex="0" so keyboard
      // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable, which the e2e tests
      // run). The plugin's default only allows `tabpanel`; `region` is the other legitimate case.
      'astro/jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
]);
