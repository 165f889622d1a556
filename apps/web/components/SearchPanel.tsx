'use client';
import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../lib/errors';
import { fullDateTime, shortWhen } from '../lib/format';
import type { ChatBits, Viewer } from '../lib/graphql';
import { SEARCH_MESSAGES, SEARCH_PAGE_SIZE, type SearchHit } from '../lib/operations/search';
import { snippet, splitByRanges, type TextRange } from '../lib/reading';
import { useDialog } from '../lib/use-dialog';
import { chatTitle } from './ChatList';

/** Message text with the matched ranges in <mark>, as text nodes (never as HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) =>
        part.match ? (
          <mark key={i} data-testid="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

interface Results {
  query: string;
  hits: { cursor: string; node: SearchHit }[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Message search as a dialog: in one chat (`chat`) or across all the viewer's chats. Results
 * come newest first, a page at a time ("More results"); each shows its chat, sender, date and
 * the text with the matches marked, and opens its chat at that message.
 */
export function SearchPanel({
  chat,
  viewer,
  onOpen,
  onClose,
}: {
  chat: ChatBits | null;
  viewer: Viewer;
  onOpen: (hit: SearchHit) => void;
  onClose: () => void;
}) {
  const client = useApolloClient();
  const dialog = useRef<HTMLDivElement>(null);
  useDialog(dialog, onClose);
  const titleId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useRef(0);
  const title = chat ? `Search in ${chatTitle(chat, viewer.id)}` : 'Search all chats';

  const fetchPage = async (query: string, after: string | null) => {
    const mine = ++run.current;
    setBusy(true);
    setFailure(null);
    try {
      const r = await client.query({
        query: SEARCH_MESSAGES,
        variables: { query, chatId: chat?.id ?? null, first: SEARCH_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      if (mine !== run.current) return;
      if (r.error) throw r.error instanceof Error ? r.error : new Error(r.error.message);
      const page = r.data?.searchMessages;
      if (!page) return;
      setResults((prev) => ({
        query,
        hits: after && prev?.query === query ? [...prev.hits, ...page.edges] : page.edges,
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      }));
    } catch (err) {
      if (mine !== run.current) return;
      if (!after) setResults(null);
      setFailure(describeError(err));
    } finally {
      if (mine === run.current) setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setResults(null);
      setFailure('Type a word or phrase to search for.');
      return;
    }
    void fetchPage(text, null);
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog search-panel"
        role="dialog"
        aria-modal="true"
        ref={dialog}
        aria-labelledby={titleId}
        data-testid="search-panel"
        data-scope={chat ? 'chat' : 'all'}
      >
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button icon" onClick={onClose} aria-label="Close search" data-testid="search-close">
            ×
          </button>
        </header>
        <form className="search-form" role="search" onSubmit={submit}>
          <label className="sr-only" htmlFor={`${titleId}-q`}>
            Words to find
          </label>
          <input
            id={`${titleId}-q`}
            type="search"
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={chat ? 'Find in this chat' : 'Find in all chats'}
            data-testid="search-input"
          />
          <button type="submit" className="button primary" disabled={busy} data-testid="search-submit">
            Search
          </button>
        </form>
        <div role="status" className="search-status" data-testid="search-status">
          {busy && !results ? 'Searching…' : ''}
          {results && !results.hits.length && !busy && <span data-testid="search-empty">No messages match “{results.query}”.</span>}
          {results && results.hits.length > 0 && (
            <span className="sr-only">{`${results.hits.length}${results.hasNextPage ? ' or more' : ''} ${results.hits.length === 1 ? 'message' : 'messages'} found.`}</span>
          )}
        </div>
        {failure && (
          <p className="error" role="alert" data-testid="search-error">
            {failure}
          </p>
        )}
        {results && results.hits.length > 0 && (
          <ul className="search-results" aria-label="Results" data-testid="search-results">
            {results.hits.map(({ cursor, node }) => {
              const part = snippet(node.message.text ?? '', node.highlights);
              return (
                <li key={cursor}>
                  <button
                    type="button"
                    className="search-hit"
                    onClick={() => onOpen(node)}
                    data-testid="search-hit"
                    data-chat-id={node.chat.id}
                    data-seq={node.message.seq}
                  >
                    <span className="search-hit-row">
                      <span className="search-hit-chat" data-testid="search-hit-chat">
                        {chatTitle(node.chat, viewer.id)}
                      </span>
                      <time dateTime={node.message.createdAt} title={fullDateTime(node.message.createdAt)} data-testid="search-hit-date">
                        {shortWhen(node.message.createdAt)}
                      </time>
                    </span>
                    <span className="search-hit-sender" data-testid="search-hit-sender">
                      {node.message.sender.id === viewer.id ? 'You' : node.message.sender.name}
                    </span>
                    <span className="search-hit-text" data-testid="search-hit-text">
                      <Highlighted text={part.text} ranges={part.ranges} />
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {results?.hasNextPage && (
          <button
            type="button"
            className="button wide"
            disabled={busy}
            onClick={() => void fetchPage(results.query, results.endCursor)}
            data-testid="search-more"
          >
            {busy ? 'Loading…' : 'More results'}
          </button>
        )}
      </div>
    </div>
  );
}
