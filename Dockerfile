# syntax=docker/dockerfile:1
# rma-desk: the compiled bot on Node.js 22. Build: docker build -t rma-desk .  (or docker compose build)

# --- build: every dependency, then tsc into dist/ -------------------------------------------------
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies, the build, the migrations; runs as the unprivileged `node` user
FROM node:22-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY drizzle ./drizzle
COPY src/bin.mjs ./src/bin.mjs
COPY --from=build /app/dist ./dist
# Evidence files and documents go under /app/.rma-desk (mount a volume there); a new named volume
# takes this directory's owner, so the bot can write to it.
RUN mkdir -p /app/.rma-desk && chown node:node /app/.rma-desk
USER node
# /healthz and /readyz: on HEALTH_PORT, or on Slack's PORT when Slack runs over HTTP.
EXPOSE 8080 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/health/probe.js"]
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["start"]
