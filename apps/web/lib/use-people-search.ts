'use client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { SEARCH_USERS, type UserBits } from './graphql';

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * A people search as a combobox (the new-chat dialog and the group panel's "Add people"): the
 * typed text, the debounced term sent as `users(search:)`, the results without the viewer, and
 * the result Enter picks (`keysPicking(onPick)` on the input), moved with the arrow keys. The highlight belongs to the
 * search it was moved in: a new list of results starts at its first entry.
 */
export function usePeopleSearch(viewerId: string) {
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const { data, loading, error } = useQuery(SEARCH_USERS, term ? { variables: { search: term }, fetchPolicy: 'network-only' } : skipToken);
  const results = term ? (data?.users.edges ?? []).map((e) => e.node).filter((u) => u.id !== viewerId) : [];
  const [highlight, setHighlight] = useState({ term: '', index: 0 });
  const active = results.length ? Math.min(highlight.term === term ? highlight.index : 0, results.length - 1) : -1;
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  /** The input's key handler: arrows move the highlight, Enter gives the highlighted result to `onPick`. */
  const keysPicking = (onPick: (user: UserBits) => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlight({ term, index: (active + step + results.length) % results.length });
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (active >= 0) onPick(results[active]);
    }
  };

  /** The input's combobox attributes (with keysPicking as its onKeyDown). */
  const comboboxProps = {
    value: search,
    onChange: (e: { target: { value: string } }) => setSearch(e.target.value),
    role: 'combobox',
    'aria-expanded': results.length > 0,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': active >= 0 ? optionId(active) : undefined,
  } as const;

  /** Highlights result i (the pointer moved over it). */
  const highlightAt = (i: number) => setHighlight({ term, index: i });

  return { search, setSearch, term, results, loading, error, active, highlightAt, listId, optionId, comboboxProps, keysPicking };
}
