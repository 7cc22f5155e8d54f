import stringWidth from "string-width";

// Text for a terminal, measured in columns (a CJK character or an emoji takes two) rather than in
// UTF-16 units, so that a line fitted to the width never wraps.

const segmenter = new Intl.Segmenter();

/** C0 and C1 control characters and DEL: text from a provider must not move the cursor or recolour the screen. */
const CONTROL_CHARACTERS = /\p{Cc}+/gu;

/** The text with every run of control characters (line breaks, tabs, escape sequences' ESC) made one space. */
export function plainText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, " ");
}

/** How many terminal columns the text takes. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** The text cut to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const segmentWidth = displayWidth(segment);
    if (used + segmentWidth > width - 1) break;
    kept += segment;
    used += segmentWidth;
  }
  return `${kept}…`;
}

/** The text cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number, align: "left" | "right" = "left"): string {
  const cut = truncate(text, width);
  const padding = " ".repeat(Math.max(0, width - displayWidth(cut)));
  return align === "left" ? `${cut}${padding}` : `${padding}${cut}`;
}

/**
 * The text broken at spaces into lines of at most `width` columns, the lines after the first starting
 * with `indent`. A word longer than a line (a URL, say) keeps a line of its own and is left whole, so
 * that it can still be copied.
 */
export function wrapWords(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    const prefix = lines.length === 0 ? "" : indent;
    if (line !== "" && displayWidth(prefix + candidate) > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "" || lines.length === 0) lines.push((lines.length === 0 ? "" : indent) + line);
  return lines;
}
