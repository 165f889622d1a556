import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Controller, Get, Header, Inject, NotFoundException, Param, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';

/** dist/graphiql, built by tools/build-graphiql.mjs; this file runs from dist/apps/api-gateway/src/graphiql. */
const ASSETS = fileURLToPath(new URL('../../../../graphiql/', import.meta.url));
const FILES: Record<string, string> = { 'graphiql.js': 'text/javascript; charset=utf-8', 'graphiql.css': 'text/css; charset=utf-8' };

/** Everything the page loads is served from here; queries go to /graphql, subscriptions to ws(s)://<host>/graphql. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Parley · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/graphiql/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql"></div>
    <script type="module" src="/graphiql/graphiql.js"></script>
  </body>
</html>
`;

/**
 * GET /graphiql: a self-hosted GraphiQL (no CDN, works offline; subscriptions over graphql-ws).
 * On by default outside production (GRAPHIQL); 404 when off.
 */
@Controller('graphiql')
export class GraphiqlController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @Header('Content-Security-Policy', CSP)
  @Header('X-Content-Type-Options', 'nosniff')
  page(): string {
    this.enabled();
    return PAGE;
  }

  @Get(':file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    this.enabled();
    const type = FILES[file];
    if (!type) throw new NotFoundException(`no such GraphiQL file: ${file}`);
    if (!existsSync(ASSETS + file)) throw new ServiceUnavailableException('the GraphiQL bundle is not built: run `npm run build`');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(file, { root: ASSETS, headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
  }

  private enabled(): void {
    if (!this.config.GRAPHIQL) throw new NotFoundException('GraphiQL is off (GRAPHIQL=false)');
  }
}
