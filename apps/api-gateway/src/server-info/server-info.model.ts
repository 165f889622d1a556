import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErrorCode } from '@app/contracts';

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The values of extensions.code on errors' });

export enum ServiceState {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(ServiceState, { name: 'ServiceState' });

@ObjectType()
export class ServiceStatus {
  @Field()
  name: string;

  @Field(() => ServiceState)
  status: ServiceState;

  @Field(() => Float, { nullable: true, description: 'Round trip gateway → NATS → service → its stores, in ms' })
  latencyMs: number | null;

  @Field(() => [String], { description: 'Dependencies of the service that did not answer its check' })
  failing: string[];
}

@ObjectType()
export class ServerInfo {
  @Field()
  version: string;

  @Field(() => [ServiceStatus])
  services: ServiceStatus[];

  @Field(() => [ErrorCode], { description: 'Every value extensions.code can take' })
  errorCodes: ErrorCode[];
}
