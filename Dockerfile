# Parley images: one multi-stage file, one target per app.
#
#   docker build --target api-gateway -t parley/api-gateway .
#   docker build --target user -t parley/user .        (also: chat, mail, web)
#
# docker-compose.yml builds all five. Every stage starts from node:24-trixie-slim (Node.js 24 LTS,
# Debian 13; the tag `node:24-slim` names the same image today); each runtime image holds only
# what its app loads (a Nest app: the production dependencies it imports, found by
# tools/image-deps.mjs; the web app: Next's standalone output), runs as the unprivileged `node`
# user, and takes its settings from the environment (see .env.example and docs/docker.md).

ARG NODE_IMAGE=node:24-trixie-slim

# ---- all dependencies (dev included): cached until package.json or package-lock.json change
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV CI=true NEXT_TELEMETRY_DISABLED=1 npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- the Nest apps and libs, compiled with swc into dist/, and each app's dependency list
FROM deps AS build
COPY . .
RUN node tools/build.mjs --verbose \
 && for app in api-gateway user chat mail; do node tools/image-deps.mjs "$app" "image-deps/$app"; done

# ---- the Next.js web app: `output: 'standalone'` (PARLEY_WEB_STANDALONE=1) gives server.js with
# the traced node_modules
FROM deps AS web-build
COPY . .
# No build-time settings: the web server reads PARLEY_GRAPHQL_URL at request time.
RUN PARLEY_WEB_STANDALONE=1 node node_modules/next/dist/bin/next build apps/web \
 && cp -r apps/web/.next/static apps/web/.next/standalone/apps/web/.next/static

# ---- each Nest app's production node_modules: the full install pruned to the dependencies that
# app loads (tools/image-deps.mjs lists them; npm prune drops the rest, dev dependencies included)
FROM deps AS deps-api-gateway
COPY --from=build /app/image-deps/api-gateway/package.json ./package.json
RUN npm prune --omit=dev --no-audit --no-fund && find node_modules -mindepth 1 -maxdepth 1 -type d -empty -delete

FROM deps AS deps-user
COPY --from=build /app/image-deps/user/package.json ./package.json
RUN npm prune --omit=dev --no-audit --no-fund && find node_modules -mindepth 1 -maxdepth 1 -type d -empty -delete

FROM deps AS deps-chat
COPY --from=build /app/image-deps/chat/package.json ./package.json
RUN npm prune --omit=dev --no-audit --no-fund && find node_modules -mindepth 1 -maxdepth 1 -type d -empty -delete

FROM deps AS deps-mail
COPY --from=build /app/image-deps/mail/package.json ./package.json
RUN npm prune --omit=dev --no-audit --no-fund && find node_modules -mindepth 1 -maxdepth 1 -type d -empty -delete

# ---- what every Nest image shares: Node, the alias loader and the compiled libraries
FROM ${NODE_IMAGE} AS nest
WORKDIR /app
# Service apps listen on all interfaces inside the container (their ports are not published).
ENV NODE_ENV=production HTTP_HOST=0.0.0.0 LOG_FORMAT=json
COPY --from=build /app/dist/libs/common ./dist/libs/common
COPY --from=build /app/dist/libs/contracts ./dist/libs/contracts

# ---- targets, one per app: its package.json (`"type": "module"`, the version /health shows),
# its node_modules and its compiled code

FROM nest AS api-gateway
COPY --from=deps-api-gateway /app/package.json /app/package-lock.json ./
COPY --from=deps-api-gateway /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api-gateway ./dist/apps/api-gateway
COPY --from=build /app/dist/graphiql ./dist/graphiql
# Uploaded images live in a volume mounted here; the folder exists so the volume belongs to `node`.
RUN mkdir -p /data/media && chown node:node /data/media
USER node
ENV GATEWAY_HOST=0.0.0.0 GATEWAY_PORT=4000 MEDIA_DIR=/data/media
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/apps/api-gateway/src/main.js"]

FROM nest AS user
COPY --from=deps-user /app/package.json /app/package-lock.json ./
COPY --from=deps-user /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/user ./dist/apps/user
USER node
ENV USER_HTTP_PORT=4001
EXPOSE 4001
CMD ["node", "--enable-source-maps", "dist/apps/user/src/main.js"]

FROM nest AS chat
COPY --from=deps-chat /app/package.json /app/package-lock.json ./
COPY --from=deps-chat /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/chat ./dist/apps/chat
USER node
ENV CHAT_HTTP_PORT=4002
EXPOSE 4002
CMD ["node", "--enable-source-maps", "dist/apps/chat/src/main.js"]

FROM nest AS mail
COPY --from=deps-mail /app/package.json /app/package-lock.json ./
COPY --from=deps-mail /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/mail ./dist/apps/mail
USER node
ENV MAIL_HTTP_PORT=4003
EXPOSE 4003
CMD ["node", "--enable-source-maps", "dist/apps/mail/src/main.js"]

# ---- the web app: Next's standalone server and the files it traced, no full node_modules
FROM ${NODE_IMAGE} AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
# The server writes its runtime cache under .next, so the files belong to `node`.
COPY --from=web-build --chown=node:node /app/apps/web/.next/standalone ./
USER node
EXPOSE 3000
CMD ["node", "apps/web/server.js"]
