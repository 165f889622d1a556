'use client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { fitInside, gridColumns, pictureLabel, stepPicture } from '../lib/images';
import type { AttachmentBits, MessageBits } from '../lib/graphql';
import { MESSAGE_BY_ID } from '../lib/operations/images';
import { useDialog } from '../lib/use-dialog';
import '../app/images.css';

/** A single picture is shown at most this big in the conversation; several share a grid of squares. */
const SINGLE_MAX = 280;

/**
 * Signed links expire after an hour: the first picture of a message that fails to load asks for
 * the message again (fresh links land in the cache), and then every picture of it loads once more.
 * Once per message view; a picture that fails after that says it is unavailable.
 */
function useFreshLinks(messageId: string): { onBroken: (src: string) => void; broken: (src: string) => boolean; round: number } {
  const client = useApolloClient();
  const asked = useRef(false);
  /** 0 until the message came back; then 1 (the key of every picture, so that even an unchanged link loads again). */
  const [round, setRound] = useState(0);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const onBroken = useCallback(
    (src: string) => {
      if (round) {
        setFailed((prev) => new Set(prev).add(src));
        return;
      }
      if (asked.current) return; // the message is on its way; this picture loads again with it
      asked.current = true;
      client
        .query({ query: MESSAGE_BY_ID, variables: { id: messageId }, fetchPolicy: 'network-only' })
        .catch(() => undefined)
        .finally(() => setRound(1));
    },
    [client, messageId, round],
  );
  const broken = useCallback((src: string) => failed.has(src), [failed]);
  return { onBroken, broken, round };
}

/** A message's pictures: thumbnails with their space reserved (the list does not jump), a grid for several; a click opens the viewer. */
export function MessageImages({ m }: { m: MessageBits }) {
  const [open, setOpen] = useState<number | null>(null);
  const links = useFreshLinks(m.id);
  const pictures = m.attachments;
  const count = pictures.length;
  const columns = gridColumns(count);
  const single = count === 1 ? fitInside(pictures[0].width, pictures[0].height, SINGLE_MAX, SINGLE_MAX) : null;
  return (
    <>
      <div
        className={count === 1 ? 'message-pictures single' : 'message-pictures grid'}
        style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, ...(single ? { width: single.width } : {}) }}
        data-testid="message-pictures"
        data-count={count}
      >
        {pictures.map((a, i) => (
          <button
            type="button"
            key={a.id}
            className="message-picture"
            onClick={() => setOpen(i)}
            aria-haspopup="dialog"
            style={single ? { aspectRatio: `${a.width} / ${a.height}` } : undefined}
            data-testid="message-picture"
            data-attachment-id={a.id}
          >
            {links.broken(a.thumbnailUrl) ? (
              <span className="picture-unavailable">{pictureLabel(i, count, null)} is unavailable</span>
            ) : (
              <img
                key={links.round}
                src={a.thumbnailUrl}
                alt={pictureLabel(i, count, m.text)}
                width={single ? single.width : a.width}
                height={single ? single.height : a.height}
                loading="lazy"
                decoding="async"
                onError={() => links.onBroken(a.thumbnailUrl)}
              />
            )}
          </button>
        ))}
      </div>
      {open !== null && pictures[open] && (
        <Lightbox pictures={pictures} index={open} caption={m.text} senderName={m.sender.name} onIndex={setOpen} onClose={() => setOpen(null)} links={links} />
      )}
    </>
  );
}

/**
 * The full-size viewer, over everything: Left and Right go between the message's pictures (round
 * at the ends), Escape or Close closes it, Tab stays inside, and focus goes back to the thumbnail.
 */
function Lightbox({
  pictures,
  index,
  caption,
  senderName,
  onIndex,
  onClose,
  links,
}: {
  pictures: AttachmentBits[];
  index: number;
  caption: string | null;
  senderName: string;
  onIndex: (i: number) => void;
  onClose: () => void;
  links: ReturnType<typeof useFreshLinks>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useDialog(ref, onClose);
  const count = pictures.length;
  const a = pictures[index];
  const label = pictureLabel(index, count, caption);

  useEffect(() => {
    if (count < 2) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      e.preventDefault();
      onIndex(stepPicture(index, e.key === 'ArrowRight' ? 1 : -1, count));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, index, onIndex]);

  return createPortal(
    <div
      className="lightbox-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      data-testid="lightbox-backdrop"
    >
      <div className="lightbox" role="dialog" aria-modal="true" aria-label={`Pictures from ${senderName}`} ref={ref} data-testid="lightbox" data-index={index}>
        <div className="lightbox-bar">
          <span className="lightbox-count" aria-live="polite" data-testid="lightbox-count">
            {count > 1 ? `${index + 1} of ${count}` : ''}
          </span>
          <a className="button small" href={a.url} target="_blank" rel="noopener noreferrer" data-testid="lightbox-original">
            Open original
          </a>
          <button type="button" className="button small" onClick={onClose} data-testid="lightbox-close">
            Close
          </button>
        </div>
        <figure className="lightbox-figure">
          {links.broken(a.url) ? (
            <p className="lightbox-unavailable">This picture is unavailable.</p>
          ) : (
            <img
              key={`${a.id}:${links.round}`}
              src={a.url}
              alt={label}
              width={a.width}
              height={a.height}
              onError={() => links.onBroken(a.url)}
              data-testid="lightbox-image"
            />
          )}
          {caption && <figcaption data-testid="lightbox-caption">{caption}</figcaption>}
        </figure>
        {count > 1 && (
          <>
            <button
              type="button"
              className="lightbox-nav prev"
              onClick={() => onIndex(stepPicture(index, -1, count))}
              aria-label="Previous picture"
              data-testid="lightbox-prev"
            >
              ‹
            </button>
            <button
              type="button"
              className="lightbox-nav next"
              onClick={() => onIndex(stepPicture(index, 1, count))}
              aria-label="Next picture"
              data-testid="lightbox-next"
            >
              ›
            </button>
          </>
        )}
      </div>
    </div>,
    document.body,
  );
}
