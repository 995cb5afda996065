const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** User-perceived characters (grapheme clusters): how name and chat limits are counted. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _segment of segmenter.segment(text)) count++;
  return count;
}
