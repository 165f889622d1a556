import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '#contracts';
import type { AccessClaims } from '#common';
import type { GqlContext } from '../graphql/context.js';

/** The authenticated caller (the auth guard has put it on the context). */
export const Viewer = createParamDecorator((_: unknown, ctx: ExecutionContext): AccessClaims => {
  const viewer = GqlExecutionContext.create(ctx).getContext<GqlContext>().viewer;
  if (!viewer) throw AppError.unauthenticated();
  return viewer;
});
