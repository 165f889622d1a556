import { AppError } from '#contracts';

/** Reactions every client offers; any single emoji grapheme is accepted too. */
export const REACTION_ALLOWLIST = ['👍', '👎', '❤️', '😂', '😮', '😢', '🙏', '🎉', '🔥', '👀', '✅', '💯'];

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)/u;

/** One emoji: in the allowlist, or exactly one grapheme that is an emoji. */
export function validateEmoji(value: unknown): string {
  if (typeof value !== 'string') throw AppError.badInput('emoji', 'must be a string');
  const emoji = value.trim();
  if (REACTION_ALLOWLIST.includes(emoji)) return emoji;
  const graphemes = [...segmenter.segment(emoji)];
  if (graphemes.length !== 1 || emoji.length > 32 || !EMOJI.test(emoji)) throw AppError.badInput('emoji', 'must be a single emoji');
  return emoji;
}
