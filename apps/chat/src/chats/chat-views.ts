import { Injectable } from '@nestjs/common';
import type { ChatDto, MessageDto } from '#contracts';
import { toMessageDto } from '../messages/message.mapper.js';
import type { StoredMessage } from '../messages/messages.repository.js';
import { ChatStore } from './chat-store.js';
import { chatDtoOf, readersOf, seesSeq, type ChatState } from './chat-state.js';

/** The message as the viewer sees it in this chat (null when they deleted it for themselves). */
export function messageView(state: ChatState, m: StoredMessage, viewerId: string): MessageDto | null {
  if (m.hiddenFor.includes(viewerId) || !seesSeq(state, viewerId, m.seq)) return null;
  // A quote of a message deleted for everyone, or of one from before the viewer joined a
  // `from_join` group, shows as unavailable.
  const quoteGone = m.replyTo ? state.deletedSeqs.includes(m.replyTo.seq) || !seesSeq(state, viewerId, m.replyTo.seq) : false;
  return toMessageDto(m, readersOf(state), quoteGone);
}

/** Builds chats as one member sees them: states from the cache, newest messages from the windows. */
@Injectable()
export class ChatViews {
  constructor(private readonly store: ChatStore) {}

  async build(viewerId: string, states: ChatState[]): Promise<ChatDto[]> {
    const newest = await this.store.newest(states);
    return states.map((s) => {
      const m = newest.get(s.id);
      return chatDtoOf(s, viewerId, m ? messageView(s, m, viewerId) : null);
    });
  }

  async one(viewerId: string, state: ChatState): Promise<ChatDto> {
    return (await this.build(viewerId, [state]))[0];
  }
}
