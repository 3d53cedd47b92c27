/** A bad setting of the server or of createApp: the message states the setting, the rule and the value. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
