'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** A small built-in set of common emoji with their names (for screen readers and the filter); nothing is fetched. */
export const EMOJI: ReadonlyArray<readonly [string, string]> = [
  ['😀', 'grinning face'],
  ['😂', 'face with tears of joy'],
  ['🙂', 'slightly smiling face'],
  ['😊', 'smiling face with smiling eyes'],
  ['😍', 'smiling face with heart-eyes'],
  ['😘', 'face blowing a kiss'],
  ['😉', 'winking face'],
  ['😎', 'smiling face with sunglasses'],
  ['🤔', 'thinking face'],
  ['😮', 'face with open mouth'],
  ['😢', 'crying face'],
  ['😭', 'loudly crying face'],
  ['😡', 'angry face'],
  ['😴', 'sleeping face'],
  ['🤯', 'exploding head'],
  ['🥳', 'partying face'],
  ['😅', 'grinning face with sweat'],
  ['🙃', 'upside-down face'],
  ['🤗', 'smiling face with open hands'],
  ['🙄', 'face with rolling eyes'],
  ['👍', 'thumbs up'],
  ['👎', 'thumbs down'],
  ['👏', 'clapping hands'],
  ['🙌', 'raising hands'],
  ['🙏', 'folded hands'],
  ['👋', 'waving hand'],
  ['👌', 'OK hand'],
  ['✌️', 'victory hand'],
  ['💪', 'flexed biceps'],
  ['🤝', 'handshake'],
  ['❤️', 'red heart'],
  ['💔', 'broken heart'],
  ['🔥', 'fire'],
  ['✨', 'sparkles'],
  ['⭐', 'star'],
  ['🎉', 'party popper'],
  ['🎂', 'birthday cake'],
  ['🎁', 'wrapped gift'],
  ['☕', 'hot beverage'],
  ['🍕', 'pizza'],
  ['🍺', 'beer mug'],
  ['🌞', 'sun with face'],
  ['🌧️', 'cloud with rain'],
  ['🚀', 'rocket'],
  ['💯', 'hundred points'],
  ['✅', 'check mark button'],
  ['❌', 'cross mark'],
  ['👀', 'eyes'],
];

const COLUMNS = 8;

/**
 * A grid of emoji to pick from, keyboard-usable: it takes the focus when it opens, the arrow
 * keys (and Home/End) move between emoji, Enter or Space picks, Escape closes and gives the
 * focus back to whatever opened it. Typing in the filter narrows the set by name.
 */
export function EmojiPicker({
  label,
  onPick,
  onClose,
  className,
}: {
  label: string;
  onPick: (emoji: string) => void;
  onClose: () => void;
  className?: string;
}) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const id = useId();
  const shown = filter.trim() ? EMOJI.filter(([, name]) => name.includes(filter.trim().toLowerCase())) : EMOJI;
  const at = Math.min(active, Math.max(shown.length - 1, 0));

  const close = () => {
    onClose();
    if (opener?.isConnected) opener.focus();
  };

  useEffect(() => {
    filterRef.current?.focus();
  }, []);

  // A click anywhere else closes the picker.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node) && !(opener && opener.contains(e.target as Node))) onClose();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [onClose, opener]);

  const focusAt = (i: number) => {
    setActive(i);
    grid.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus();
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(at + 1, last),
      ArrowLeft: Math.max(at - 1, 0),
      ArrowDown: Math.min(at + COLUMNS, last),
      ArrowUp: at - COLUMNS >= 0 ? at - COLUMNS : -1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      if (moves[e.key] < 0) filterRef.current?.focus();
      else focusAt(moves[e.key]);
    }
  };

  /** The caller puts the focus where the emoji went. */
  const pick = (emoji: string) => {
    onPick(emoji);
    onClose();
  };

  return (
    <div
      className={['emoji-picker', className].filter(Boolean).join(' ')}
      role="dialog"
      aria-label={label}
      ref={box}
      data-testid="emoji-picker"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <input
        ref={filterRef}
        type="search"
        className="emoji-filter"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && shown.length) {
            e.preventDefault();
            focusAt(at);
          } else if (e.key === 'Enter' && shown.length) {
            e.preventDefault();
            pick(shown[at][0]);
          }
        }}
        placeholder="Find an emoji"
        aria-label="Find an emoji by name"
        aria-controls={`${id}-grid`}
        data-testid="emoji-filter"
      />
      <div className="emoji-grid" id={`${id}-grid`} ref={grid} role="group" aria-label="Emoji" onKeyDown={onGridKey}>
        {shown.map(([emoji, name], i) => (
          <button
            type="button"
            key={emoji}
            className="emoji-option"
            tabIndex={i === at ? 0 : -1}
            onClick={() => pick(emoji)}
            onFocus={() => setActive(i)}
            aria-label={name}
            title={name}
            data-testid="emoji-option"
            data-emoji={emoji}
          >
            {emoji}
          </button>
        ))}
        {!shown.length && <p className="muted emoji-none">No emoji by that name.</p>}
      </div>
    </div>
  );
}
