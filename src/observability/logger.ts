// pino logger factory: JSON lines on stdout, one child per role so every line says where it came from.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(options: { level: string; role: string }): Logger {
  return pino({
    level: options.level,
    base: { role: options.role, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
