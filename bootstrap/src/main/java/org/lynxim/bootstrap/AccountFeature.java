package org.lynxim.bootstrap;

import org.lynxim.adapter.out.auth.BcryptPasswordHasher;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.in.RegisterUserUseCase;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.application.account.port.out.PasswordHasher;
import org.lynxim.application.account.service.AuthenticateService;
import org.lynxim.application.account.service.LoginService;
import org.lynxim.application.account.service.RegisterUserService;

/** Registering, logging in and checking tokens. */
record AccountFeature(
    RegisterUserUseCase register, LoginUseCase login, AuthenticateUseCase authenticate) {

  static AccountFeature wire(LynxSettings settings, Stores stores, AccessTokens tokens) {
    PasswordHasher hasher = new BcryptPasswordHasher(settings.passwordCost());
    return new AccountFeature(
        new RegisterUserService(stores.accounts(), hasher),
        new LoginService(stores.accounts(), hasher, tokens),
        new AuthenticateService(tokens));
  }
}
