package org.lynxim.adapter.in.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The WebSocket answer to a frame that failed: the request's cmd, the error code and a message;
 * {@code reason} for a 403 or 409, {@code msg_id} for a send whose msg_id was valid, {@code req_id}
 * when the request had one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorFrame(
    int cmd, int code, String error, String reason, String msgId, String reqId) {}
