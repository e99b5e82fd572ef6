import type { LoggerService } from '@nestjs/common';
import { pino, type Level, type Logger } from 'pino';

/**
 * Nest's logger interface over pino: one JSON object a line on stdout, for log shippers. A message
 * given as an object (`logger.log({ msg, requestId, … })`) becomes fields of the line; Nest's
 * trailing context argument becomes `context`, and an error's stack `stack`.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(level: Level | 'silent', destination: pino.DestinationStream = pino.destination({ fd: 1, sync: true })) {
    this.pino = pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]) {
    const args = [...rest];
    const context = args.length > 0 && typeof args.at(-1) === 'string' ? (args.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    let msg: string;
    if (message instanceof Error) {
      fields.err = message;
      msg = message.message;
    } else if (message && typeof message === 'object') {
      const { msg: given, ...others } = message as Record<string, unknown>;
      Object.assign(fields, others);
      msg = typeof given === 'string' ? given : '';
    } else {
      msg = String(message);
    }
    const extra = args.filter((a) => a !== undefined);
    if (extra.length > 0) {
      if (level === 'error' || level === 'fatal') fields.stack = extra.map(String).join('\n');
      else fields.details = extra;
    }
    if (!msg && typeof fields.stack === 'string') msg = fields.stack.split('\n')[0];
    this.pino[level](fields, msg);
  }
}
