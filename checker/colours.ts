/**
 * Colours for people: on a terminal, never when NO_COLOR is set (https://no-color.org) or the
 * output is piped or redirected, or TERM is dumb; FORCE_COLOR (not 0 or false) turns them on where
 * the output is no terminal but shows them, as CI logs do. Files (JUnit, HAR, baselines) and --json
 * never carry them.
 */
export interface Palette {
  pass: (text: string) => string;
  fail: (text: string) => string;
  skip: (text: string) => string;
  /** A failure the baseline knows. */
  known: (text: string) => string;
  dim: (text: string) => string;
}

const plain = (text: string): string => text;
const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const PLAIN: Palette = { pass: plain, fail: plain, skip: plain, known: plain, dim: plain };

export const COLOURED: Palette = {
  pass: sgr(32, 39),
  fail: sgr(31, 39),
  skip: sgr(33, 39),
  known: sgr(35, 39),
  dim: sgr(2, 22),
};

export function paletteFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): Palette {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return PLAIN;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false" ? PLAIN : COLOURED;
  return stream.isTTY === true && env.TERM !== "dumb" ? COLOURED : PLAIN;
}
