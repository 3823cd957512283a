package org.lynxim.bootstrap;

import java.time.Clock;
import org.lynxim.application.social.port.in.BlockUserUseCase;
import org.lynxim.application.social.port.in.ListBlocksUseCase;
import org.lynxim.application.social.port.in.UnblockUserUseCase;
import org.lynxim.application.social.service.BlockUserService;
import org.lynxim.application.social.service.ListBlocksService;
import org.lynxim.application.social.service.UnblockUserService;

/** How users stand with each other: blocks (friends come next). */
record SocialFeature(BlockUserUseCase block, UnblockUserUseCase unblock, ListBlocksUseCase blocks) {

  static SocialFeature wire(Stores stores, DeliveryFeature delivery, Clock clock) {
    return new SocialFeature(
        new BlockUserService(stores.accounts(), stores.blocks(), delivery.notifyAccount(), clock),
        new UnblockUserService(stores.blocks(), delivery.notifyAccount()),
        new ListBlocksService(stores.blocks()));
  }
}
