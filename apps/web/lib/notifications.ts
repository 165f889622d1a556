import { makeVar, type ApolloCache } from '@apollo/client';
import { CHATS, type MessageBits } from './graphql';
import { activeChatVar } from './store';

/**
 * Desktop notifications for new messages. Off until the viewer turns them on (the browser asks
 * for permission only then); the choice is kept in localStorage. A message notifies when it is
 * from someone else and the viewer is not looking at its chat: the tab is hidden or not focused,
 * or another chat is open.
 */

const KEY = 'parley.notifications';

/** unsupported: no Notification API; blocked: the browser denied permission; on/off: the viewer's choice. */
export type NotificationState = 'unsupported' | 'blocked' | 'on' | 'off';

function initialState(): NotificationState {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return localStorage.getItem(KEY) === 'on' && Notification.permission === 'granted' ? 'on' : 'off';
}

export const notificationsVar = makeVar<NotificationState>('off');

/** Reads the stored choice (in the browser, after the first render). */
export function loadNotificationState(): void {
  notificationsVar(initialState());
}

/** Turns notifications on, asking the browser's permission first when it has not been given; returns the new state. */
export async function enableNotifications(): Promise<NotificationState> {
  if (!('Notification' in window)) return notificationsVar('unsupported');
  let permission = Notification.permission;
  if (permission === 'default') permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    localStorage.setItem(KEY, 'off');
    return notificationsVar(permission === 'denied' ? 'blocked' : 'off');
  }
  localStorage.setItem(KEY, 'on');
  return notificationsVar('on');
}

export function disableNotifications(): void {
  localStorage.setItem(KEY, 'off');
  notificationsVar('off');
}

let openChat: ((chatId: string) => void) | null = null;

/** What a click on a notification does (the app's "open this chat"). */
export function setNotificationOpener(fn: ((chatId: string) => void) | null): void {
  openChat = fn;
}

/** Whether the viewer is looking at this chat now: it is open, and the tab is visible and focused. */
export function watching(chatId: string): boolean {
  return activeChatVar() === chatId && document.visibilityState === 'visible' && document.hasFocus();
}

/** Shows a notification for a new message when the rules above say so. */
export function notifyNewMessage(cache: ApolloCache, msg: MessageBits, viewerId: string): void {
  if (notificationsVar() !== 'on' || !('Notification' in window) || Notification.permission !== 'granted') return;
  if (msg.sender.id === viewerId || msg.type === 'SYSTEM' || msg.deleted || watching(msg.chatId)) return;
  const chat = cache.readQuery({ query: CHATS })?.chats.edges.find((e) => e.node.id === msg.chatId)?.node;
  const title = chat?.kind === 'GROUP' ? `${msg.sender.name} in ${chat.title}` : msg.sender.name;
  const body = msg.text ?? (msg.type === 'IMAGE' ? 'Photo' : 'New message');
  try {
    const n = new Notification(title, { body: body.length > 180 ? `${body.slice(0, 179)}…` : body, tag: msg.id });
    n.onclick = () => {
      window.focus();
      openChat?.(msg.chatId);
      n.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker: nothing to show then.
  }
}
