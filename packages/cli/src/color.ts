/**
 * Whether to colour output. Order follows Node's own `tty.getColorDepth`: an explicit `FORCE_COLOR`
 * wins (`0`/`false` turn colour off, any other non-empty value on), then `NO_COLOR` (any non-empty value,
 * https://no-color.org) and `TERM=dumb` turn it off, and otherwise colour goes only to a terminal.
 */
export function shouldUseColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  underline(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const ansi: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
  underline: sgr(4, 24),
};

const identity = (text: string): string => text;
const plain: Palette = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  underline: identity,
};

export function palette(color: boolean): Palette {
  return color ? ansi : plain;
}
