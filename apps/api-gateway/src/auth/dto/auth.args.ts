import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsEmailAddress, IsFlag, IsLoginCode, IsShortString } from '#contracts';

/** The arguments of the login operations, checked at the gateway with the contracts' rules (BAD_USER_INPUT naming the argument). */

@ArgsType()
export class RequestLoginCodeArgs {
  @Field({ description: 'An e-mail address, at most 254 characters (case and surrounding spaces do not matter); BAD_USER_INPUT otherwise.' })
  @IsEmailAddress()
  email: string;
}

@ArgsType()
export class VerifyLoginCodeArgs {
  @Field({ description: 'The address the code was sent to; BAD_USER_INPUT when it is not an address.' })
  @IsEmailAddress()
  email: string;

  @Field({ description: 'The 6 digits from the mail; BAD_USER_INPUT when it is not 6 digits.' })
  @IsLoginCode()
  code: string;
}

@ArgsType()
export class RefreshSessionArgs {
  @Field(() => String, { nullable: true, description: 'The refreshToken of the last AuthPayload; omit it to use the httpOnly cookie.' })
  @IsOptional()
  @IsShortString(1000)
  refreshToken?: string | null;
}

@ArgsType()
export class LogoutArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'true: end every session of the viewer, on all devices; false (default): this one only.',
  })
  @IsOptional()
  @IsFlag()
  allDevices?: boolean | null;
}

@ArgsType()
export class DemoLoginArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ada@, grace@, linus@ or margaret@demo.parley.local (BAD_USER_INPUT for others); ada@demo.parley.local when omitted.',
  })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;
}
