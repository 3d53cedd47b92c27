/** A bad command line or a file named on it that cannot be used: the message states the rule and the value (exit 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
