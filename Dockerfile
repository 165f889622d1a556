# Parley images: one multi-stage file, one target per app.
#
#   docker build --target api-gateway -t parley/api-gateway .
#   docker build --target user -t parley/user .        (also: chat, mail, web)
#
# docker-compose.yml builds all five. Every stage starts from node:24-trixie-slim (Node.js 24 LTS,
# Debian 13; the tag `node:24-slim` names the same image today); the runtime images hold the
# production dependencies only, run as the unprivileged `node` user, and take their settings
# from the environment (see .env.example and docs/docker.md).

ARG NODE_IMAGE=node:24-trixie-slim

# ---- all dependencies (dev included): cached until package.json or package-lock.json change
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true NEXT_TELEMETRY_DISABLED=1 npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- production dependencies only (dev dependencies pruned)
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# ---- the Nest apps and libs, compiled with swc into dist/
FROM deps AS build
COPY . .
RUN node tools/build.mjs --verbose

# ---- the Next.js web app
FROM deps AS web-build
COPY . .
# No build-time settings: the web server reads PARLEY_GRAPHQL_URL at request time.
RUN node node_modules/next/dist/bin/next build apps/web && rm -rf apps/web/.next/cache

# ---- what every runtime image shares
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# package.json gives `"type": "module"` to dist/ and the version to /health.
COPY --from=prod-deps /app/package.json /app/package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules

FROM runtime AS nest
COPY --from=build /app/dist ./dist
# Service apps listen on all interfaces inside the container (their ports are not published).
ENV HTTP_HOST=0.0.0.0 LOG_FORMAT=json
USER node

# ---- targets, one per app

FROM nest AS api-gateway
# Uploaded images live in a volume mounted here; the folder exists so the volume belongs to `node`.
USER root
RUN mkdir -p /data/media && chown node:node /data/media
USER node
ENV GATEWAY_HOST=0.0.0.0 GATEWAY_PORT=4000 MEDIA_DIR=/data/media
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/apps/api-gateway/src/main.js"]

FROM nest AS user
ENV USER_HTTP_PORT=4001
EXPOSE 4001
CMD ["node", "--enable-source-maps", "dist/apps/user/src/main.js"]

FROM nest AS chat
ENV CHAT_HTTP_PORT=4002
EXPOSE 4002
CMD ["node", "--enable-source-maps", "dist/apps/chat/src/main.js"]

FROM nest AS mail
ENV MAIL_HTTP_PORT=4003
EXPOSE 4003
CMD ["node", "--enable-source-maps", "dist/apps/mail/src/main.js"]

FROM runtime AS web
# next start writes its runtime cache under .next, so the app's folder belongs to `node`.
COPY --from=web-build --chown=node:node /app/apps/web ./apps/web
USER node
EXPOSE 3000
CMD ["node", "node_modules/next/dist/bin/next", "start", "apps/web", "--hostname", "0.0.0.0", "--port", "3000"]
