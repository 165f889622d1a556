import type { Request, Response } from 'express';
import type { AccessClaims } from '#common';
import type { AttachmentLoader, AttachmentLoaderFactory } from '../media/attachment.loader.js';
import type { UserLoader, UserLoaderFactory } from '../users/user.loader.js';

/** What every resolver sees as its context. */
export interface GqlContext {
  req: Request;
  /** Absent for subscriptions. */
  res?: Response;
  /** Set by the auth guard (HTTP) or at connection_init (WebSocket). */
  viewer?: AccessClaims;
  userLoader: UserLoader;
  attachmentLoader: AttachmentLoader;
  /** Client address for per-IP limits. */
  ip: string;
}

/** What makes the per-request loaders of a context. */
export interface LoaderFactories {
  users: UserLoaderFactory;
  attachments: AttachmentLoaderFactory;
}
