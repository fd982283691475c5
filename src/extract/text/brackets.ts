/** Brackets still open at the end of a text, round or full-width: a title whose Chinese part wrapped is not finished yet. */
export function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth += 1;
    else if ((ch === ')' || ch === '）') && depth > 0) depth -= 1;
  }
  return depth;
}
