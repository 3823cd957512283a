package org.lynxim.application.messaging.port.in;

import org.lynxim.domain.call.Call;
import org.lynxim.domain.call.CallLog;
import org.lynxim.domain.conversation.Message;

/**
 * Stores the log of an ended call in its conversation (msg_type 8, sender the caller) through the
 * conversation's writer, and pushes it to every device of both users. Its msg_id comes from the
 * call's id, so that a log stored twice (two nodes ending one call) is stored once.
 *
 * @throws org.lynxim.application.common.StoreUnavailableException storage is down
 */
public interface AppendCallLogUseCase {
  Message append(Call call, CallLog log);
}
