import { ParleyApp } from '../components/ParleyApp';

/** The chat client: login, chat list, conversation. Everything runs in the browser. */
export default function Home() {
  return <ParleyApp />;
}
