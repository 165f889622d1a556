import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.bin/**',
      '.node/**',
      '.data/**',
      'apps/web/.next/**',
      'apps/web/next-env.d.ts',
      'apps/web/lib/gql/**',
      'libs/testing/src/gql/**',
      'coverage/**',
      'tools/*.mjs',
      'eslint.config.js',
    ],
  },
  {
    // TypeScript only: these rules need type information, which the GraphQL schema below has not.
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['#*/*'], message: 'Import a lib through its index (#contracts, #common, #testing).' },
            {
              group: ['**/libs/*', '**/libs/**', '../../*/src/**', '../../../*/src/**'],
              message: 'No relative imports across app/lib borders; import it as #contracts, #common or #testing (package.json "imports").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // The gateway's GraphiQL page is browser code with its own tsconfig (DOM, JSX).
  {
    files: ['apps/api-gateway/graphiql/**'],
    languageOptions: { parserOptions: { project: './apps/api-gateway/graphiql/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  // The Next.js web app: its own tsconfig (DOM, JSX, bundler resolution) and the Rules of React.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { parserOptions: { project: './apps/web/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
  // The generated GraphQL schema: every type, field, argument, input field and enum value has a
  // description (what it is, its limits, the error codes it answers with).
  {
    files: ['apps/api-gateway/schema.gql'],
    languageOptions: { parser: graphqlPlugin.parser },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        { types: true, DirectiveDefinition: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
    },
  },
);
