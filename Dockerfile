FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY console ./console
# The build trains the learned severity check from the tuning corpora (docs/classifier.md).
COPY test/fixtures/labelled-updates.jsonl test/fixtures/dev-updates.jsonl ./test/fixtures/
RUN npm ci --no-audit --no-fund
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
CMD ["npm", "start"]
