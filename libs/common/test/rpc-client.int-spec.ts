import { Controller, Module } from '@nestjs/common';
import { Transport } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice, INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import {
  AppError,
  ErrorCode,
  LogoutRequest,
  SetLastSeenRequest,
  Subjects,
  underArgument,
  UpdateProfileRequest,
  UsersByIdsRequest,
  type UserDto,
} from '#contracts';
import { startNats, type Server } from '#testing';
import { createValidationPipe, ErrorFilter, natsConnectOptions, RpcClient, RpcClientModule, Serves } from '#common';

const ID = '0123456789abcdef01234567';

/** Stands in for the user service: real subjects, real contracts, behaviour made up for the test. */
@Controller()
class FakeUserController {
  @Serves(Subjects.user.byIds)
  byIds(r: UsersByIdsRequest): Array<UserDto | null> {
    return r.ids.map((id) => ({ id, name: `user ${id}`, email: 'x@example.com', createdAt: new Date(0).toISOString() }));
  }
  @Serves(Subjects.user.updateProfile)
  updateProfile(_r: UpdateProfileRequest): UserDto {
    throw AppError.badInput('name', 'is taken');
  }
  @Serves(Subjects.user.logout)
  logout(_r: LogoutRequest): boolean {
    throw new Error('driver exploded: password=hunter2');
  }
  @Serves(Subjects.user.setLastSeen)
  setLastSeen(_r: SetLastSeenRequest): Promise<boolean> {
    return new Promise(() => undefined);
  }
}

@Module({ controllers: [FakeUserController] })
class FakeUserModule {}

describe('RpcClient over a real NATS server', () => {
  let nats: Server;
  let service: INestMicroservice;
  let client: INestApplicationContext;
  let rpc: RpcClient;

  beforeAll(async () => {
    nats = await startNats();
    service = await NestFactory.createMicroservice(FakeUserModule, {
      transport: Transport.NATS,
      options: { ...natsConnectOptions(nats.url, 'test'), queue: 'user' },
      logger: false,
    });
    service.useGlobalFilters(new ErrorFilter(pino({ level: 'silent' })));
    service.useGlobalPipes(createValidationPipe());
    await service.listen();
    client = await NestFactory.createApplicationContext(RpcClientModule.forRoot(nats.url, 800, 'test-client'), { logger: false });
    rpc = client.get(RpcClient);
  });
  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
  });

  it('returns the reply of the request, which the service received as its class (ids lower-cased by the contract)', async () => {
    const users = await rpc.send(Subjects.user.byIds, { ids: [ID.toUpperCase(), ID] });
    expect(users.map((u) => u?.id)).toEqual([ID, ID]);
  });

  it('a request that breaks its contract is refused before the handler, naming the field', async () => {
    const err = await rpc.send(Subjects.user.byIds, { ids: [ID, 'nope'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'ids[1]: is not a valid id', details: { field: 'ids[1]' } });
  });

  it('rethrows a domain error with its code and field, and names the field as the caller asks', async () => {
    const err = await rpc.send(Subjects.user.updateProfile, { userId: ID, name: 'Ada' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'name: is taken', details: { field: 'name' } });
    const mapped = await rpc.send(Subjects.user.updateProfile, { userId: ID, name: 'Ada' }, { fieldPath: underArgument('input') }).catch((e: unknown) => e);
    expect(mapped).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, message: 'input.name: is taken', details: { field: 'input.name' } });
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with an id', async () => {
    const err = (await rpc.send(Subjects.user.logout, { userId: ID, sessionId: 's', allDevices: false }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(err.message).not.toContain('hunter2');
    expect(err.details.errorId).toBeTruthy();
  });

  it('gives SERVICE_UNAVAILABLE at once when nobody serves the subject', async () => {
    const started = Date.now();
    const err = (await rpc.send(Subjects.chat.get, { viewerId: ID, chatId: ID }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(err.message).toContain('chat');
    expect(Date.now() - started).toBeLessThan(700);
  });

  it('gives SERVICE_UNAVAILABLE after the timeout when the service does not answer', async () => {
    const started = Date.now();
    const err = (await rpc.send(Subjects.user.setLastSeen, { userId: ID, at: new Date().toISOString() }).catch((e: unknown) => e)) as AppError;
    const took = Date.now() - started;
    expect(err.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(3000);
  });
});
