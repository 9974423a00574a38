/** The few logging calls the bot makes; a pino logger fits it as is. */
export interface BotLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** For tests and tools that do not care about logs. */
export const silentLogger: BotLogger = { info() {}, warn() {}, error() {} };
