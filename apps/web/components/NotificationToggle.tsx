'use client';
import { useReactiveVar } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { disableNotifications, enableNotifications, loadNotificationState, notificationsVar } from '../lib/notifications';

/** Turns desktop notifications on or off; the browser asks for permission only when this is clicked. */
export function NotificationToggle() {
  const state = useReactiveVar(notificationsVar);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => loadNotificationState(), []);
  if (state === 'unsupported') return null;

  const toggle = async () => {
    setNote(null);
    if (state === 'on') {
      disableNotifications();
      return;
    }
    setAsking(true);
    const next = await enableNotifications();
    setAsking(false);
    if (next === 'blocked') setNote('Notifications are blocked for this site in the browser settings.');
    else if (next === 'off') setNote('Notifications stay off: the browser did not allow them.');
  };

  const on = state === 'on';
  return (
    <span className="notify-control">
      <button
        type="button"
        className="button small notify-toggle"
        aria-pressed={on}
        disabled={asking || state === 'blocked'}
        onClick={() => void toggle()}
        title={
          state === 'blocked' ? 'Notifications are blocked in the browser settings' : on ? 'Turn desktop notifications off' : 'Turn desktop notifications on'
        }
        data-testid="notifications-toggle"
        data-state={state}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
          {!on && <path d="M3 3l18 18" />}
        </svg>
        <span className="sr-only">Desktop notifications</span>
      </button>
      <span className="notify-note" role="status" data-testid="notifications-note">
        {note ?? ''}
      </span>
    </span>
  );
}
