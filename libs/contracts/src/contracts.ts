/**
 * One contract per request/reply subject: the class of its request (validated by the serving
 * service before its handler runs) and the type of its reply. `RpcClient.send(subject, request)`
 * takes `RequestOf<subject>` and answers `ReplyOf<subject>`; a handler declares the subject it
 * serves with `@Serves(subject)` (libs/common), which checks at start-up that it takes the
 * request class. To add a subject: name it in `Subjects`, write its request class (rules from
 * rules.ts) and add a line here.
 */
import { AttachmentsByIdsRequest, CreateAttachmentRequest, OwnUploadRequest, ReleaseAttachmentsRequest, type AttachmentDto } from './attachments.js';
import {
  ChatRequest,
  CreateDirectChatRequest,
  CreateGroupChatRequest,
  DeleteMessageRequest,
  EditMessageRequest,
  ForwardMessageRequest,
  GetChatRequest,
  GetMessageRequest,
  ListChatsRequest,
  ListMessagesRequest,
  MarkReadRequest,
  MemberRequest,
  MembersRequest,
  ReactRequest,
  RenameGroupRequest,
  SearchMessagesRequest,
  SendMessageRequest,
  SetChatHistoryRequest,
  SetMemberRoleRequest,
  ViewerRequest,
  type ChatDto,
  type ChatPageReply,
  type ContactsReply,
  type MembershipsReply,
  type MessageDto,
  type MessagePageReply,
  type SearchReply,
} from './chats.js';
import type { ServiceHealthReply } from './health.js';
import { Subjects } from './subjects.js';
import {
  AvatarsInUseRequest,
  DemoLoginRequest,
  LogoutRequest,
  RefreshSessionRequest,
  RequestLoginCodeRequest,
  SearchUsersRequest,
  SetAvatarRequest,
  SetLastSeenRequest,
  UpdateProfileRequest,
  UsersByIdsRequest,
  VerifyLoginCodeRequest,
  type AuthReply,
  type AvatarsInUseReply,
  type LoginCodeSentReply,
  type SearchUsersReply,
  type SetAvatarReply,
  type UsersByIdsReply,
  type UserDto,
} from './users.js';

/** A subject's request class, and its reply as a type only (`reply` is never set). */
export interface Contract<Req extends object, Rep> {
  readonly request: new () => Req;
  readonly reply?: Rep;
}

/** `of(RequestClass).replies<Reply>()`: a contract entry. */
const of = <Req extends object>(request: new () => Req) => ({ replies: <Rep>(): Contract<Req, Rep> => ({ request }) });

/** A health probe carries nothing. */
export class HealthRequest {}
const health = of(HealthRequest).replies<ServiceHealthReply>();

export const Contracts = {
  [Subjects.health('user')]: health,
  [Subjects.health('chat')]: health,
  [Subjects.health('mail')]: health,

  [Subjects.user.requestLoginCode]: of(RequestLoginCodeRequest).replies<LoginCodeSentReply>(),
  [Subjects.user.verifyLoginCode]: of(VerifyLoginCodeRequest).replies<AuthReply>(),
  [Subjects.user.refreshSession]: of(RefreshSessionRequest).replies<AuthReply>(),
  [Subjects.user.logout]: of(LogoutRequest).replies<boolean>(),
  [Subjects.user.demoLogin]: of(DemoLoginRequest).replies<AuthReply>(),
  [Subjects.user.byIds]: of(UsersByIdsRequest).replies<UsersByIdsReply>(),
  [Subjects.user.search]: of(SearchUsersRequest).replies<SearchUsersReply>(),
  [Subjects.user.updateProfile]: of(UpdateProfileRequest).replies<UserDto>(),
  [Subjects.user.setLastSeen]: of(SetLastSeenRequest).replies<boolean>(),
  [Subjects.user.setAvatar]: of(SetAvatarRequest).replies<SetAvatarReply>(),
  [Subjects.user.avatarsInUse]: of(AvatarsInUseRequest).replies<AvatarsInUseReply>(),

  [Subjects.chat.createDirect]: of(CreateDirectChatRequest).replies<ChatDto>(),
  [Subjects.chat.createGroup]: of(CreateGroupChatRequest).replies<ChatDto>(),
  [Subjects.chat.rename]: of(RenameGroupRequest).replies<ChatDto>(),
  [Subjects.chat.setHistory]: of(SetChatHistoryRequest).replies<ChatDto>(),
  [Subjects.chat.addMembers]: of(MembersRequest).replies<ChatDto>(),
  [Subjects.chat.removeMember]: of(MemberRequest).replies<ChatDto>(),
  [Subjects.chat.setMemberRole]: of(SetMemberRoleRequest).replies<ChatDto>(),
  [Subjects.chat.leave]: of(ChatRequest).replies<boolean>(),
  [Subjects.chat.list]: of(ListChatsRequest).replies<ChatPageReply>(),
  [Subjects.chat.get]: of(GetChatRequest).replies<ChatDto>(),
  [Subjects.chat.memberships]: of(ViewerRequest).replies<MembershipsReply>(),
  [Subjects.chat.contacts]: of(ViewerRequest).replies<ContactsReply>(),
  [Subjects.chat.members]: of(ChatRequest).replies<ContactsReply>(),
  [Subjects.chat.send]: of(SendMessageRequest).replies<MessageDto>(),
  [Subjects.chat.edit]: of(EditMessageRequest).replies<MessageDto>(),
  [Subjects.chat.delete]: of(DeleteMessageRequest).replies<MessageDto>(),
  [Subjects.chat.react]: of(ReactRequest).replies<MessageDto>(),
  [Subjects.chat.forward]: of(ForwardMessageRequest).replies<MessageDto[]>(),
  [Subjects.chat.markRead]: of(MarkReadRequest).replies<ChatDto>(),
  [Subjects.chat.listMessages]: of(ListMessagesRequest).replies<MessagePageReply>(),
  [Subjects.chat.getMessage]: of(GetMessageRequest).replies<MessageDto>(),
  [Subjects.chat.search]: of(SearchMessagesRequest).replies<SearchReply>(),
  [Subjects.chat.ownUpload]: of(OwnUploadRequest).replies<boolean>(),
  [Subjects.chat.createAttachment]: of(CreateAttachmentRequest).replies<AttachmentDto>(),
  [Subjects.chat.attachmentsByIds]: of(AttachmentsByIdsRequest).replies<Array<AttachmentDto | null>>(),
  [Subjects.chat.releaseAttachments]: of(ReleaseAttachmentsRequest).replies<boolean>(),
} as const;

/** Every request/reply subject. */
export type Subject = keyof typeof Contracts;
export type RequestOf<S extends Subject> = InstanceType<(typeof Contracts)[S]['request']>;
export type ReplyOf<S extends Subject> = NonNullable<(typeof Contracts)[S]['reply']>;
