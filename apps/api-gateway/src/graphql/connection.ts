import { Args, Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "Where a page of a connection lies in the whole list (Relay's PageInfo)." })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page; pass it as `after` for the next page. Null when the page is empty.',
  })
  endCursor: string | null;

  @Field({ description: 'True when the list goes on after this page.' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page was asked for with `after`, so the list has edges before it.' })
  hasPreviousPage: boolean;
}

/** A Relay connection's edges and page info from the edges of one page, the `after` it was asked with and whether more follow. */
export function connectionOf<N>(
  edges: Array<{ cursor: string; node: N }>,
  after: string | null | undefined,
  hasNextPage: boolean,
): { edges: Array<{ cursor: string; node: N }>; pageInfo: PageInfo } {
  return {
    edges,
    pageInfo: { startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null, hasNextPage, hasPreviousPage: !!after },
  };
}

/** The options of the `after` argument of every connection query. */
export const AFTER = {
  nullable: true,
  description: 'The endCursor of the previous page; omit for the first page. BAD_USER_INPUT when it is not such a cursor.',
} as const;

/** The `after` argument of every connection query (the service that made the cursor checks it). */
export const AfterArg = () => Args('after', { type: () => String, ...AFTER });
