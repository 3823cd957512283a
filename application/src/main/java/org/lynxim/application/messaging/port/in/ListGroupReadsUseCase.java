package org.lynxim.application.messaging.port.in;

import java.util.List;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.conversation.MemberRead;
import org.lynxim.domain.user.UserId;

/**
 * How far each member of a group read, by user id; members who turned read receipts off are left
 * out.
 *
 * @throws IllegalArgumentException a direct conversation
 * @throws org.lynxim.domain.error.NotFoundException no such group
 * @throws org.lynxim.domain.error.ForbiddenException not a member ({@code not_member}); a group
 *     above the inbox limit ({@code group_too_large})
 */
public interface ListGroupReadsUseCase {
  List<MemberRead> reads(UserId user, ConversationId conversation);
}
