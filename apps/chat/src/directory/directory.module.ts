import { Module } from '@nestjs/common';
import { UserDirectory } from './user-directory.js';

/** Names of users, asked from the user service (the chat service keeps none). */
@Module({ providers: [UserDirectory], exports: [UserDirectory] })
export class DirectoryModule {}
