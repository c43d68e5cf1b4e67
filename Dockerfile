FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY console ./console
RUN npm ci --no-audit --no-fund
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
CMD ["npm", "start"]
