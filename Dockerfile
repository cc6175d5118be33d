# syntax=docker/dockerfile:1
# Excellence Pulse on Node 24. The build stage runs the same commands CI runs
# on a clean clone (npm ci --omit=dev, which builds better-sqlite3 and
# generates the Prisma clients); the runtime stage gets its result without
# the compilers. The sources are TypeScript that Node runs by stripping the
# types, so there is no separate build output; the stripped modules are kept
# in Node's compile cache (bin/compile-cache.js).

FROM node:24-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci --omit=dev

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978 DATABASE_URL=file:/data/pulse.db
WORKDIR /app
COPY --from=build --chown=root:root /app ./
RUN mkdir /data && chown node:node /data \
  && mkdir -p node_modules/.cache/excellence-pulse \
  && chown node:node node_modules/.cache/excellence-pulse
USER node
# Node's compile cache is kept per user: filled as the user the bot runs as, it
# lets the bot load its modules without ever loading the type stripper.
RUN node scripts/warm-compile-cache.ts
VOLUME /data
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/excellence-pulse.js", "start"]
