import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErrorCode } from '#contracts';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'The values of extensions.code on errors. extensions.field names the argument or input field at fault; extensions.retryAfterSeconds says when to try again.',
  valuesMap: {
    UNAUTHENTICATED: {
      description:
        'No valid access token (missing, expired, signed out, or the account is gone), or a login code or refresh token that is wrong, used or expired.',
    },
    FORBIDDEN: {
      description:
        'The viewer may see it but not do this, e.g. edit a message of someone else or rename a group as a plain member; also demoLogin when demo mode is off.',
    },
    NOT_FOUND: {
      description: "The chat or message does not exist or is not the viewer's to see; both answer alike, so non-members learn nothing.",
    },
    BAD_USER_INPUT: {
      description:
        'An argument breaks a rule (extensions.field names it), or the operation is malformed, nested too deep, too costly or has too many root fields or aliases. Nothing was changed.',
    },
    RATE_LIMITED: { description: 'A rate limit or query budget is spent (HTTP 429); extensions.retryAfterSeconds says when to retry.' },
    CONFLICT: { description: 'The request clashes with an earlier one, e.g. a sendMessage clientId used before for a different message.' },
    PAYLOAD_TOO_LARGE: { description: 'POST /uploads only (HTTP 413): the file is over 10 MB or the image over 40 megapixels (the defaults).' },
    UNSUPPORTED_MEDIA_TYPE: { description: 'POST /uploads only (HTTP 415): the file is not a JPEG, PNG, WebP or GIF image.' },
    SERVICE_UNAVAILABLE: {
      description: 'A backend service or store did not answer in time, or refused work under load (then with retryAfterSeconds); try again later.',
    },
    INTERNAL_SERVER_ERROR: { description: 'An unexpected failure, logged under extensions.errorId.' },
  },
});

export enum ServiceState {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(ServiceState, {
  name: 'ServiceState',
  description: 'Whether a backend service works.',
  valuesMap: {
    UP: { description: 'It answered its health check and its stores work.' },
    DOWN: { description: 'It did not answer within 2 seconds, or a store it needs is failing.' },
  },
});

@ObjectType({ description: 'The health of one backend service.' })
export class ServiceStatus {
  @Field({ description: 'user, chat or mail.' })
  name: string;

  @Field(() => ServiceState, { description: 'UP or DOWN.' })
  status: ServiceState;

  @Field(() => Float, { nullable: true, description: 'Round trip gateway → NATS → service → its stores, in ms; null when it did not answer.' })
  latencyMs: number | null;

  @Field(() => [String], { description: 'Dependencies of the service that did not answer its check (e.g. mongo, redis).' })
  failing: string[];
}

@ObjectType({ description: 'What the serverInfo query answers: the version and the health of the backend services.' })
export class ServerInfo {
  @Field({ description: "Parley's version." })
  version: string;

  @Field(() => [ServiceStatus], { description: 'The user, chat and mail services, in that order.' })
  services: ServiceStatus[];

  @Field(() => [ErrorCode], { description: 'Every value extensions.code can take.' })
  errorCodes: ErrorCode[];
}
