export * from './errors.js';
export * from './subjects.js';
export * from './health.js';
export * from './mail.js';
export * from './users.js';
export * from './chats.js';
export * from './attachments.js';
