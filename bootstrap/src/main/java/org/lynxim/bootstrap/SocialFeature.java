package org.lynxim.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import org.lynxim.application.delivery.port.in.NotifyAccountUseCase;
import org.lynxim.application.social.port.in.AnswerFriendRequestUseCase;
import org.lynxim.application.social.port.in.BlockUserUseCase;
import org.lynxim.application.social.port.in.ListBlocksUseCase;
import org.lynxim.application.social.port.in.ListFriendRequestsUseCase;
import org.lynxim.application.social.port.in.ListFriendsUseCase;
import org.lynxim.application.social.port.in.RemarkFriendUseCase;
import org.lynxim.application.social.port.in.RemoveFriendUseCase;
import org.lynxim.application.social.port.in.RequestFriendshipUseCase;
import org.lynxim.application.social.port.in.UnblockUserUseCase;
import org.lynxim.application.social.service.AnswerFriendRequestService;
import org.lynxim.application.social.service.BlockUserService;
import org.lynxim.application.social.service.ListBlocksService;
import org.lynxim.application.social.service.ListFriendRequestsService;
import org.lynxim.application.social.service.ListFriendsService;
import org.lynxim.application.social.service.RemarkFriendService;
import org.lynxim.application.social.service.RemoveFriendService;
import org.lynxim.application.social.service.RequestFriendshipService;
import org.lynxim.application.social.service.UnblockUserService;

/** How users stand with each other: friends and blocks. */
record SocialFeature(
    RequestFriendshipUseCase requestFriendship,
    ListFriendRequestsUseCase friendRequests,
    AnswerFriendRequestUseCase answerFriendRequest,
    ListFriendsUseCase friends,
    RemarkFriendUseCase remarkFriend,
    RemoveFriendUseCase removeFriend,
    BlockUserUseCase block,
    UnblockUserUseCase unblock,
    ListBlocksUseCase blocks) {

  static SocialFeature wire(Stores stores, DeliveryFeature delivery, Clock clock) {
    NotifyAccountUseCase notify = delivery.notifyAccount();
    return new SocialFeature(
        new RequestFriendshipService(
            stores.accounts(),
            stores.relations(),
            stores.friendships(),
            notify,
            clock,
            new SecureRandom()),
        new ListFriendRequestsService(stores.friendships()),
        new AnswerFriendRequestService(stores.friendships(), notify, clock),
        new ListFriendsService(stores.friendships()),
        new RemarkFriendService(stores.friendships()),
        new RemoveFriendService(stores.friendships(), notify),
        new BlockUserService(
            stores.accounts(), stores.blocks(), stores.friendships(), notify, clock),
        new UnblockUserService(stores.blocks(), notify),
        new ListBlocksService(stores.blocks()));
  }
}
