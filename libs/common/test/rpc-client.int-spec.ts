import { Controller, Module } from '@nestjs/common';
import { MessagePattern, Transport } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice, INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { AppError, ErrorCode } from '#contracts';
import { startNats, type Server } from '#testing';
import { ErrorFilter, natsConnectOptions, RpcClient, RpcClientModule } from '#common';

@Controller()
class EchoController {
  @MessagePattern('user.echo')
  echo(data: { text: string }) {
    return { echoed: data.text };
  }
  @MessagePattern('user.fails')
  fails() {
    throw AppError.badInput('text', 'must not be empty');
  }
  @MessagePattern('user.crashes')
  crashes() {
    throw new Error('driver exploded: password=hunter2');
  }
  @MessagePattern('user.hangs')
  hangs() {
    return new Promise(() => undefined);
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('RpcClient over a real NATS server', () => {
  let nats: Server;
  let service: INestMicroservice;
  let client: INestApplicationContext;
  let rpc: RpcClient;

  beforeAll(async () => {
    nats = await startNats();
    service = await NestFactory.createMicroservice(EchoModule, {
      transport: Transport.NATS,
      options: { ...natsConnectOptions(nats.url, 'test'), queue: 'user' },
      logger: false,
    });
    service.useGlobalFilters(new ErrorFilter(pino({ level: 'silent' })));
    await service.listen();
    client = await NestFactory.createApplicationContext(RpcClientModule.forRoot(nats.url, 800, 'test-client'), { logger: false });
    rpc = client.get(RpcClient);
  });
  afterAll(async () => {
    await client?.close();
    await service?.close();
    await nats?.stop();
  });

  it('returns the reply', async () => {
    await expect(rpc.send('user.echo', { text: 'hi' })).resolves.toEqual({ echoed: 'hi' });
  });

  it('rethrows a domain error with its code and field', async () => {
    const err = await rpc.send('user.fails', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'text' } });
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with an id', async () => {
    const err = (await rpc.send('user.crashes', {}).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(err.message).not.toContain('hunter2');
    expect(err.details.errorId).toBeTruthy();
  });

  it('gives SERVICE_UNAVAILABLE at once when nobody serves the subject', async () => {
    const started = Date.now();
    const err = (await rpc.send('chat.nobody-home', {}).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(err.message).toContain('chat');
    expect(Date.now() - started).toBeLessThan(700);
  });

  it('gives SERVICE_UNAVAILABLE after the timeout when the service does not answer', async () => {
    const started = Date.now();
    const err = (await rpc.send('user.hangs', {}).catch((e: unknown) => e)) as AppError;
    const took = Date.now() - started;
    expect(err.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(took).toBeGreaterThanOrEqual(750);
    expect(took).toBeLessThan(3000);
  });
});
