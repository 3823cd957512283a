package org.lynxim.bootstrap;

import org.lynxim.adapter.out.auth.BcryptPasswordHasher;
import org.lynxim.adapter.out.auth.BoundedPasswordHasher;
import org.lynxim.adapter.out.memory.InProcessLoginAttempts;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.application.account.port.in.GetProfileUseCase;
import org.lynxim.application.account.port.in.GetSettingsUseCase;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.in.RegisterUserUseCase;
import org.lynxim.application.account.port.in.UpdateProfileUseCase;
import org.lynxim.application.account.port.in.UpdateSettingsUseCase;
import org.lynxim.application.account.port.out.AccessTokens;
import org.lynxim.application.account.port.out.LoginAttempts;
import org.lynxim.application.account.service.AuthenticateService;
import org.lynxim.application.account.service.GetProfileService;
import org.lynxim.application.account.service.GetSettingsService;
import org.lynxim.application.account.service.LoginService;
import org.lynxim.application.account.service.RegisterUserService;
import org.lynxim.application.account.service.UpdateProfileService;
import org.lynxim.application.account.service.UpdateSettingsService;
import org.lynxim.application.file.port.in.CheckFilesUseCase;

/** Registering, logging in and checking tokens. */
record AccountFeature(
    RegisterUserUseCase register,
    LoginUseCase login,
    AuthenticateUseCase authenticate,
    GetProfileUseCase profile,
    UpdateProfileUseCase updateProfile,
    GetSettingsUseCase settings,
    UpdateSettingsUseCase updateSettings,
    AutoCloseable hashing) {

  static AccountFeature wire(
      LynxSettings settings,
      Stores stores,
      AccessTokens tokens,
      DeliveryFeature delivery,
      CheckFilesUseCase files) {
    BoundedPasswordHasher hasher =
        new BoundedPasswordHasher(
            new BcryptPasswordHasher(settings.passwordCost()),
            settings.passwordHashers(),
            settings.passwordWait());
    LoginAttempts attempts =
        new InProcessLoginAttempts(
            settings.loginFailuresPerUser(),
            settings.loginFailuresPerAddress(),
            settings.loginFailuresPeriod());
    return new AccountFeature(
        new RegisterUserService(stores.accounts(), hasher),
        new LoginService(stores.accounts(), hasher, tokens, attempts),
        new AuthenticateService(tokens),
        new GetProfileService(stores.profiles()),
        new UpdateProfileService(stores.profiles(), files),
        new GetSettingsService(stores.settings()),
        new UpdateSettingsService(stores.settings(), delivery.notifyAccount()),
        hasher);
  }
}
