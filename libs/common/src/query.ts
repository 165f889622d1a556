import { AppError, isObjectId } from '#contracts';

/** Escapes a user's text for use inside a `$regex`, so it matches literally. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An opaque page cursor for a (sort key, ObjectId) position. */
export const encodeCursor = (key: string | number, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');

/** Reads a cursor made by encodeCursor; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor<T extends 'string' | 'number'>(after: unknown, keyType: T): { key: T extends 'string' ? string : number; id: string } {
  try {
    const [key, id] = JSON.parse(Buffer.from(String(after), 'base64url').toString()) as unknown[];
    if (typeof key === keyType && isObjectId(id) && id === id.toLowerCase()) return { key: key as T extends 'string' ? string : number, id };
  } catch {
    /* fall through */
  }
  throw AppError.badInput('after', 'is not a cursor from a previous page');
}
