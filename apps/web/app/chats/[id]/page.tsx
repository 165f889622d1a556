import { ParleyApp } from '../../../components/ParleyApp';

/**
 * A chat's own address, /chats/<id>: the same client as /, which opens that chat. Moving between
 * chats changes the address in place (history.pushState), so reload and Back keep the open chat.
 */
export default function ChatPage() {
  return <ParleyApp />;
}
