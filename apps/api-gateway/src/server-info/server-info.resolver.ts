import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/public.decorator.js';
import { ServerInfo } from './server-info.model.js';
import { ServerInfoService } from './server-info.service.js';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(private readonly serverInfoService: ServerInfoService) {}

  @Public()
  @Query(() => ServerInfo, {
    description: "Public (no sign-in): Parley's version and whether each backend service answers, from at most one round of health probes a second.",
  })
  serverInfo(): Promise<ServerInfo> {
    return this.serverInfoService.serverInfo();
  }
}
