import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RpcClient } from '@app/common';
import { Subjects, type UserDto } from '@app/contracts';
import { PresenceStore } from '../presence/presence.store.js';

/** Per-request batching: every user and presence lookup of one operation is one NATS request and one Redis MGET. */
export interface UserLoader {
  users: DataLoader<string, UserDto | null>;
  online: DataLoader<string, boolean>;
}

@Injectable()
export class UserLoaderFactory {
  constructor(
    private readonly rpc: RpcClient,
    private readonly presence: PresenceStore,
  ) {}

  create(opts: { cache?: boolean } = {}): UserLoader {
    const cache = opts.cache ?? true;
    return {
      users: new DataLoader<string, UserDto | null>((ids) => this.rpc.send<Array<UserDto | null>>(Subjects.user.byIds, { ids }), { maxBatchSize: 500, cache }),
      online: new DataLoader<string, boolean>((ids) => this.presence.online(ids), { cache }),
    };
  }
}
