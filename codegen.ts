import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the web app's GraphQL operations, generated from the gateway's schema.gql.
 * `npm run codegen` writes apps/web/lib/gql/types.ts; `npm run check` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'apps/api-gateway/schema.gql',
  documents: ['apps/web/{app,components,lib}/**/*.{ts,tsx}', '!apps/web/lib/gql/**'],
  generates: {
    'apps/web/lib/gql/types.ts': {
      plugins: ['typescript-operations'],
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, avoidOptionals: { field: true }, skipTypename: false },
    },
  },
};

export default config;
