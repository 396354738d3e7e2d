// Flat config: recommended JavaScript and type-aware TypeScript rules; formatting is
// prettier's business (eslint-config-prettier switches the overlapping rules off).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tmp/', '.cache/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
      ],
      // Tests drive mocks and fixtures loosely typed on purpose.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    // Server text reaches stdout only through src/shared/log.ts, which stops it from forming
    // workflow commands (`::error::`, `##[…]`): core.info and raw stdout writes print it as is.
    files: ['src/**/*.ts'],
    ignores: ['src/shared/log.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: 'Log through runnerLog (src/shared/log.ts).' },
        { object: 'process', property: 'stdout', message: 'Log through runnerLog (src/shared/log.ts).' },
        { object: 'process', property: 'stderr', message: 'Log through runnerLog (src/shared/log.ts).' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='@actions/core'] > ImportSpecifier[imported.name='info']",
          message: 'Log through runnerLog (src/shared/log.ts).'
        }
      ]
    }
  },
  {
    files: ['__tests__/**/*.ts', '__fixtures__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
    rules: { 'no-unused-vars': ['error', { ignoreRestSiblings: true }] }
  },
  prettier
)
