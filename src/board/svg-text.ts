/**
 * Words that must fit a drawn box: SVG text never wraps, so the board measures and breaks its own lines.
 * The widths are DejaVu Sans's (Linux's system-ui, and wider than the other common system fonts), so an
 * estimate errs toward wrapping, never toward words running out of a station.
 */

export type FontWeight = 'normal' | 'bold';

/** Advance widths in thousandths of an em of the printable ASCII characters, from the space (32) on. */
const asciiWidths: Record<FontWeight, readonly number[]> = {
  normal: [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
    636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
    295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
    500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
    392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  ],
  bold: [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
    696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
    372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
    500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
    478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  ],
};

/** The other characters the board writes (no-break space, ×, ·, dashes, quotes). */
const otherWidths: Record<FontWeight, Readonly<Record<string, number>>> = {
  normal: { '\u00a0': 318, '×': 838, '·': 318, '–': 500, '—': 1000, '’': 318, '−': 838, '…': 1000 },
  bold: { '\u00a0': 348, '×': 838, '·': 380, '–': 500, '—': 1000, '’': 380, '−': 838, '…': 1000 },
};

/** An unknown character counts as a wide one, an em (a CJK character's width). */
const unknownWidth: Record<FontWeight, number> = { normal: 1000, bold: 1100 };

/** The width of `text` set at `fontSize` (in the drawing's units). */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let thousandths = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    thousandths +=
      (code >= 32 && code < 127 ? asciiWidths[weight][code - 32] : otherWidths[weight][character]) ??
      unknownWidth[weight];
  }
  return (thousandths / 1000) * fontSize;
}

/**
 * `text` in lines no wider than `maxWidth`, broken at spaces. A no-break space holds a phrase together
 * ("+1.4M a round") unless the phrase alone is wider than a line; a word wider than a line stands alone
 * on its line rather than be cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'normal',
): string[] {
  return breakAt(text, ' ', maxWidth, fontSize, weight);
}

function breakAt(
  text: string,
  separator: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight,
): string[] {
  const fits = (line: string): boolean => textWidth(line, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(separator)) {
    const joined = line === '' ? word : `${line}${separator}${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (!fits(word) && separator === ' ' && word.includes('\u00a0')) {
      const pieces = breakAt(word, '\u00a0', maxWidth, fontSize, weight);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
