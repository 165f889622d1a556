import { Module } from '@nestjs/common';
import { PresenceStore } from './presence.store.js';

/** Who is online (socket counts with a heartbeat in Redis) and last seen, shared by every gateway. */
@Module({ providers: [PresenceStore], exports: [PresenceStore] })
export class PresenceModule {}
