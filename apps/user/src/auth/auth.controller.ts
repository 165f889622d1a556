import { Controller } from '@nestjs/common';
import { Serves } from '#common';
import {
  DemoLoginRequest,
  LogoutRequest,
  RefreshSessionRequest,
  RequestLoginCodeRequest,
  Subjects,
  VerifyLoginCodeRequest,
  type AuthReply,
  type LoginCodeSentReply,
} from '#contracts';
import { AuthService } from './auth.service.js';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Serves(Subjects.user.requestLoginCode)
  requestLoginCode(req: RequestLoginCodeRequest): Promise<LoginCodeSentReply> {
    return this.auth.requestLoginCode(req.email, req.ip);
  }

  @Serves(Subjects.user.verifyLoginCode)
  verifyLoginCode(req: VerifyLoginCodeRequest): Promise<AuthReply> {
    return this.auth.verifyLoginCode(req.email, req.code, req.device);
  }

  @Serves(Subjects.user.refreshSession)
  refresh(req: RefreshSessionRequest): Promise<AuthReply> {
    return this.auth.refresh(req.refreshToken, req.device);
  }

  @Serves(Subjects.user.logout)
  logout(req: LogoutRequest): Promise<boolean> {
    return this.auth.logout(req.userId, req.sessionId, req.allDevices);
  }

  @Serves(Subjects.user.demoLogin)
  demoLogin(req: DemoLoginRequest): Promise<AuthReply> {
    return this.auth.demoLogin(req.email, req.device);
  }
}
