/**
 * The server's logger: pino, one JSON line per event, with every string that contains anything
 * CPR-shaped withheld as the line is written, whatever logged it and at whichever level.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { withholdCprInJson } from "../../core";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(options: { level: string; name?: string }, destination?: DestinationStream): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    ...(options.name === undefined ? {} : { base: { name: options.name } }),
    timestamp: pino.stdTimeFunctions.isoTime,
    hooks: { streamWrite: withholdCprInJson },
  };
  return destination === undefined ? pino(settings) : pino(settings, destination);
}
