/**
 * graphql-js chooses, when it is first loaded, between two versions of its internal
 * `instanceOf` by NODE_ENV. The development one, there to tell apart two copies of the library
 * loaded side by side, inspects class names at every type check that fails: about a tenth of the
 * gateway's CPU on a page of 50 messages. Parley loads one copy, so the gateway loads graphql-js
 * as in production whatever NODE_ENV says; nothing else is loaded meanwhile. Imported first by
 * main.ts.
 */
const nodeEnv = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
try {
  await import('graphql');
} finally {
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
}

export {};
