import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, visit, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * Typed GraphQL documents, generated from the gateway's schema.gql with the client preset:
 * `npm run codegen` writes apps/web/lib/gql/ for the web app and libs/testing/src/gql/ for the
 * tests (each a `graphql()` function and a type for every fragment and operation); `npm run
 * check` fails when either is stale.
 *
 * The web app's types name every object's `__typename` (Apollo's cache needs it in what is written
 * to it). Fragment masking is off: components read a fragment's fields from the query result directly,
 * and the Apollo cache policies (apps/web/lib/apollo.ts, cache-updates.ts) write whole fragments.
 */
/**
 * Asks for `__typename` in every selection but the operation's root, as Apollo Client does
 * before it sends a document, so the documents (also the session refresh, sent with plain fetch)
 * answer what the generated types say.
 */
const addTypename = {
  transform: <T extends { document?: DocumentNode }>({ documents }: { documents: T[] }): T[] =>
    documents.map((source) => ({
      ...source,
      document:
        source.document &&
        visit(source.document, {
          SelectionSet(node: SelectionSetNode, _key, parent) {
            const root = !!parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
            if (root || node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
            return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
          },
        }),
    })),
};

const types = { scalars: { DateTime: 'string' }, enumType: 'string-literal', avoidOptionals: { field: true }, useTypeImports: true } as const;

const config: CodegenConfig = {
  schema: 'apps/api-gateway/schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'apps/web/lib/gql/': {
      documents: ['apps/web/{app,components,lib}/**/*.{ts,tsx}', 'apps/web/lib/operations/**/*.{ts,tsx}', '!apps/web/lib/gql/**', '!apps/web/**/*.spec.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      documentTransforms: [addTypename],
      config: { ...types, nonOptionalTypename: true, skipTypeNameForRoot: true },
    },
    // The tests send documents as they are written (no __typename added), as strings over fetch
    // and graphql-ws; relative imports end in .js for Node's ESM resolution.
    'libs/testing/src/gql/': {
      documents: ['libs/testing/src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '!libs/testing/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...types, documentMode: 'string', importExtension: '.js' },
    },
  },
};

export default config;
