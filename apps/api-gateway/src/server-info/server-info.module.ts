import { Module } from '@nestjs/common';
import { ServerInfoResolver } from './server-info.resolver.js';
import { ServerInfoService } from './server-info.service.js';

@Module({ providers: [ServerInfoResolver, ServerInfoService] })
export class ServerInfoModule {}
