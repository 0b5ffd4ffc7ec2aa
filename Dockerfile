# Tickwire's one image for both roles of the container stack (docker-compose.yml):
#   gateway (default): node dist/backend/backend/src/main.js   (= npm run start:backend)
#   feed:              node dist/feed/feed/src/main.js         (= npm run start:feed)
# Behind a TLS-intercepting proxy, pass its CA as the optional build secret `npm_ca` (a PEM file):
#   docker build --secret id=npm_ca,src=/path/to/ca.pem .     (podman build: the same flag)

# ---- build: every project's production build into dist/
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_ca,required=false \
    if [ -s /run/secrets/npm_ca ]; then \
      export npm_config_cafile=/run/secrets/npm_ca NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca; \
    fi; \
    npm ci --no-audit --no-fund --loglevel=warn
COPY . .
RUN npx nx run-many -t build --outputStyle=static

# ---- runtime: the builds and production dependencies only
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 NO_COLOR=1
COPY package.json package-lock.json ./
# Production dependencies, less the dashboard's (bundled into dist/frontend, never loaded here).
RUN --mount=type=secret,id=npm_ca,required=false \
    if [ -s /run/secrets/npm_ca ]; then \
      export npm_config_cafile=/run/secrets/npm_ca NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca; \
    fi; \
    npm_config_update_notifier=false npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=warn \
 && rm -rf node_modules/@angular node_modules/lightweight-charts \
 && npm cache clean --force 2>/dev/null \
 && rm -rf /root/.npm /tmp/* \
 && mkdir -p /var/lib/tickwire && chown node:node /var/lib/tickwire && chmod 700 /var/lib/tickwire
COPY --from=build /app/dist ./dist
COPY tools/containers/gateway-entrypoint.sh /usr/local/bin/tickwire-entrypoint
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["tickwire-entrypoint"]
CMD ["node", "dist/backend/backend/src/main.js"]
