package org.lynxim.adapter.in;

import java.util.Objects;
import org.lynxim.application.account.port.in.AuthenticateUseCase;
import org.lynxim.application.account.port.in.LoginUseCase;
import org.lynxim.application.account.port.in.RegisterUserUseCase;
import org.lynxim.application.group.port.in.AddGroupMembersUseCase;
import org.lynxim.application.group.port.in.CreateGroupUseCase;
import org.lynxim.application.group.port.in.GetGroupUseCase;
import org.lynxim.application.group.port.in.RemoveGroupMemberUseCase;
import org.lynxim.application.messaging.port.in.AckMessagesUseCase;
import org.lynxim.application.messaging.port.in.ListConversationsUseCase;
import org.lynxim.application.messaging.port.in.PullMessagesUseCase;
import org.lynxim.application.messaging.port.in.SendMessageUseCase;
import org.lynxim.application.messaging.port.in.SyncInboxUseCase;

/** The inbound ports the WebSocket and REST adapters drive. */
public record UseCases(
    RegisterUserUseCase register,
    LoginUseCase login,
    AuthenticateUseCase authenticate,
    SendMessageUseCase send,
    PullMessagesUseCase pull,
    AckMessagesUseCase ack,
    ListConversationsUseCase listConversations,
    CreateGroupUseCase createGroup,
    GetGroupUseCase getGroup,
    AddGroupMembersUseCase addGroupMembers,
    RemoveGroupMemberUseCase removeGroupMember,
    SyncInboxUseCase sync) {

  public UseCases {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(send, "send");
    Objects.requireNonNull(pull, "pull");
    Objects.requireNonNull(ack, "ack");
    Objects.requireNonNull(listConversations, "listConversations");
    Objects.requireNonNull(createGroup, "createGroup");
    Objects.requireNonNull(getGroup, "getGroup");
    Objects.requireNonNull(addGroupMembers, "addGroupMembers");
    Objects.requireNonNull(removeGroupMember, "removeGroupMember");
    Objects.requireNonNull(sync, "sync");
  }
}
