# The app for docker-compose.yml: Node only — the database is the neo4j service, named by NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin bin
COPY src src
COPY graph-schema graph-schema
COPY seeds seeds
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "bin/kg.js", "start"]
