import { writeFileSync } from 'node:fs';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GATEWAY_FEATURES } from './app.module.js';
import { describeRootTypes } from './graphql/root-types.js';

/**
 * Writes the gateway's schema.gql without starting it (`npm run schema`): the resolvers of every
 * module the gateway imports, built and printed as the running gateway does (described root
 * types, sorted). The foundation e2e test checks that the committed file is what it serves.
 */

/** The resolver classes among the providers of the modules and of everything they import. */
function resolversOf(roots: unknown[]): Array<(...args: never[]) => unknown> {
  const found = new Set<(...args: never[]) => unknown>();
  const seen = new Set<unknown>();
  const visit = (ref: unknown) => {
    // A dynamic module ({ module, providers, imports }) carries its own lists besides its class's.
    const dynamic = ref && typeof ref === 'object' ? (ref as { module?: unknown; providers?: unknown[]; imports?: unknown[] }) : undefined;
    const cls = dynamic?.module ?? ref;
    if (!cls || seen.has(ref)) return;
    seen.add(ref);
    const providers = [...((Reflect.getMetadata(MODULE_METADATA.PROVIDERS, cls) as unknown[]) ?? []), ...(dynamic?.providers ?? [])];
    for (const p of providers) if (typeof p === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, p)) found.add(p as (...args: never[]) => unknown);
    for (const child of [...((Reflect.getMetadata(MODULE_METADATA.IMPORTS, cls) as unknown[]) ?? []), ...(dynamic?.imports ?? [])]) visit(child);
  };
  roots.forEach(visit);
  return [...found];
}

const file = process.argv[2] ?? 'apps/api-gateway/schema.gql';
const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
const schema = await app.get(GraphQLSchemaFactory).create(resolversOf(GATEWAY_FEATURES));
writeFileSync(file, GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(describeRootTypes(schema))));
await app.close();
console.log(`wrote ${file}`);
