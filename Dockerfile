# The app for docker-compose.yml: Node only — the database is the neo4j service, named by NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY bin bin
COPY src src
COPY graph-schema graph-schema
COPY seeds seeds
COPY web web
COPY vite.config.ts tsconfig.json ./
RUN npx vite build && npm prune --omit=dev
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "bin/kg.js", "start"]
