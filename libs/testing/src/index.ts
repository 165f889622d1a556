export * from './processes.js';
export * from './infra.js';
export * from './stack.js';
export * from './graphql.js';
export * from './mailbox.js';
export * from './browser.js';
export * from './accounts.js';
export * from './chat-ops.js';
