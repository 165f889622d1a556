import { makeVar } from '@apollo/client';

/**
 * A request to open a chat at one of its messages (a search result): the chat's MessageView
 * takes it when it shows that chat, loads the pages around the seq, scrolls there and
 * highlights the message. `key` tells two requests for the same message apart.
 */
export interface JumpRequest {
  chatId: string;
  seq: number;
  key: number;
}

export const jumpVar = makeVar<JumpRequest | null>(null);

let nextKey = 0;

export function requestJump(chatId: string, seq: number): void {
  jumpVar({ chatId, seq, key: ++nextKey });
}
