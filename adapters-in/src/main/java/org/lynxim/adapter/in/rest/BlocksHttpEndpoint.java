package org.lynxim.adapter.in.rest;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.lynxim.adapter.in.wire.BlockBody;
import org.lynxim.application.social.port.in.BlockUserUseCase;
import org.lynxim.application.social.port.in.ListBlocksUseCase;
import org.lynxim.application.social.port.in.UnblockUserUseCase;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/blocks}: the users the caller blocks. */
public final class BlocksHttpEndpoint implements HttpService {
  private final BlockUserUseCase block;
  private final UnblockUserUseCase unblock;
  private final ListBlocksUseCase list;

  public BlocksHttpEndpoint(
      BlockUserUseCase block, UnblockUserUseCase unblock, ListBlocksUseCase list) {
    this.block = block;
    this.unblock = unblock;
    this.list = list;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/", this::list).put("/{user}", this::block).delete("/{user}", this::unblock);
  }

  private static UserId target(ServerRequest request) {
    return UserId.of(request.path().pathParameters().get("user"));
  }

  private void list(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, BlockBody.Blocks.from(list.blocks(Caller.of(request))));
  }

  private void block(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, BlockBody.from(block.block(Caller.of(request), target(request))));
  }

  private void unblock(ServerRequest request, ServerResponse response) {
    unblock.unblock(Caller.of(request), target(request));
    response.status(204).send();
  }
}
