import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type AuthReply,
  type DemoLoginRequest,
  type LoginCodeSentReply,
  type LogoutRequest,
  type RefreshSessionRequest,
  type RequestLoginCodeRequest,
  type VerifyLoginCodeRequest,
} from '#contracts';
import { AuthService } from './auth.service.js';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @MessagePattern(Subjects.user.requestLoginCode)
  requestLoginCode(@Payload() req: RequestLoginCodeRequest): Promise<LoginCodeSentReply> {
    return this.auth.requestLoginCode(req.email, req.ip);
  }

  @MessagePattern(Subjects.user.verifyLoginCode)
  verifyLoginCode(@Payload() req: VerifyLoginCodeRequest): Promise<AuthReply> {
    return this.auth.verifyLoginCode(req.email, req.code, req.device);
  }

  @MessagePattern(Subjects.user.refreshSession)
  refresh(@Payload() req: RefreshSessionRequest): Promise<AuthReply> {
    return this.auth.refresh(req.refreshToken, req.device);
  }

  @MessagePattern(Subjects.user.logout)
  logout(@Payload() req: LogoutRequest): Promise<boolean> {
    return this.auth.logout(req.userId, req.sessionId, req.allDevices);
  }

  @MessagePattern(Subjects.user.demoLogin)
  demoLogin(@Payload() req: DemoLoginRequest): Promise<AuthReply> {
    return this.auth.demoLogin(req.email, req.device);
  }
}
