import { Query, Resolver } from '@nestjs/graphql';
import { ServerInfo } from './server-info.model.js';
import { ServerInfoService } from './server-info.service.js';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(private readonly serverInfoService: ServerInfoService) {}

  @Query(() => ServerInfo, { description: 'Public: the version and whether each backend service answers' })
  serverInfo(): Promise<ServerInfo> {
    return this.serverInfoService.serverInfo();
  }
}
