import { Injectable } from '@nestjs/common';
import { RpcClient } from '#common';
import { AppError, Subjects, type UserDto } from '#contracts';

/** What the chat service needs to know about users, asked of the user service over NATS. */
@Injectable()
export class UserDirectory {
  constructor(private readonly rpc: RpcClient) {}

  async byIds(ids: string[]): Promise<Map<string, UserDto>> {
    const unique = [...new Set(ids)];
    const chunks: string[][] = [];
    // The user service answers at most 500 ids a request; a group of a thousand takes two.
    for (let i = 0; i < unique.length; i += 500) chunks.push(unique.slice(i, i + 500));
    const replies = await Promise.all(chunks.map((chunk) => this.rpc.send(Subjects.user.byIds, { ids: chunk })));
    return new Map(
      replies
        .flat()
        .filter((u): u is UserDto => u !== null)
        .map((u) => [u.id, u]),
    );
  }

  /** All of `ids` exist, or BAD_USER_INPUT naming `field`. */
  async requireAll(ids: string[], field: string): Promise<Map<string, UserDto>> {
    const found = await this.byIds(ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw AppError.badInput(field, `no user with id ${missing.join(', ')}`);
    return found;
  }

  /** The ids among `attachmentIds` that are someone's avatar. */
  async avatarsAmong(attachmentIds: string[]): Promise<Set<string>> {
    if (!attachmentIds.length) return new Set();
    const r = await this.rpc.send(Subjects.user.avatarsInUse, { attachmentIds });
    return new Set(r.attachmentIds);
  }

  async name(id: string): Promise<string> {
    return (await this.byIds([id])).get(id)?.name ?? 'Someone';
  }
}
