# The reference server as a container image:
#   docker build -t flexjob-reference-server .
#   docker run --rm -p 8080:8080 flexjob-reference-server
# Options go after the image name (see --help) or in the environment (PORT, LOG_LEVEL, ...).
# test/e2e/production-start.test.ts runs the runtime stage's steps outside Docker: the same script,
# ENTRYPOINT, CMD and HEALTHCHECK command.

# Build stage: the dev dependencies, one build, then the production tree in /app.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run build
RUN sh scripts/runtime-tree.sh /src /app

# Runtime stage: compiled JavaScript and production dependencies only, owned by root, run as node.
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
ENV PORT=8080
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/Flexjob/IsAlive', { method: 'POST', headers: { 'x-requestId': crypto.randomUUID(), 'content-type': 'application/json' }, body: '{}' }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/flexjob-reference-server.js"]
CMD ["--host", "0.0.0.0"]
