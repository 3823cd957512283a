package org.lynxim.application.port.in;

import org.lynxim.domain.conversation.Message;

/** The stored message; {@code duplicate} when it was stored by an earlier send of the same key. */
public record SendResult(Message message, boolean duplicate) {}
