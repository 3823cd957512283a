package org.lynxim.adapter.in.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import org.lynxim.adapter.in.Requests;
import org.lynxim.adapter.in.json.Json;
import org.lynxim.adapter.in.wire.FavoriteBody;
import org.lynxim.application.favorite.port.in.ChangeFavoriteUseCase;
import org.lynxim.application.favorite.port.in.ListFavoriteTagsUseCase;
import org.lynxim.application.favorite.port.in.ListFavoritesUseCase;
import org.lynxim.application.favorite.port.in.SaveFavoriteUseCase;
import org.lynxim.domain.conversation.ConversationId;
import org.lynxim.domain.favorite.FavoriteChange;
import org.lynxim.domain.favorite.FavoriteId;
import org.lynxim.domain.favorite.FavoriteKind;
import org.lynxim.domain.favorite.FavoriteQuery;
import org.lynxim.domain.favorite.Tags;
import org.lynxim.domain.user.UserId;

/** {@code /api/v1/favorites}: saved messages and notes, found again by text, tag and kind. */
public final class FavoritesHttpEndpoint implements HttpService {
  private final SaveFavoriteUseCase save;
  private final ListFavoritesUseCase list;
  private final ListFavoriteTagsUseCase tags;
  private final ChangeFavoriteUseCase change;

  public FavoritesHttpEndpoint(
      SaveFavoriteUseCase save,
      ListFavoritesUseCase list,
      ListFavoriteTagsUseCase tags,
      ChangeFavoriteUseCase change) {
    this.save = save;
    this.list = list;
    this.tags = tags;
    this.change = change;
  }

  @Override
  public void routing(HttpRules rules) {
    rules
        .post("/", this::save)
        .get("/", this::list)
        .get("/tags", this::tags)
        .patch("/{id}", this::change)
        .delete("/{id}", this::delete);
  }

  private static Tags tagsOf(ObjectNode body) {
    return new Tags(Json.optionalStrings(body, "tags").orElse(List.of()));
  }

  private void save(ServerRequest request, ServerResponse response) {
    UserId user = Caller.of(request);
    ObjectNode body = Bodies.read(request);
    SaveFavoriteUseCase.Saved saved;
    if (body.hasNonNull("conversation_id") || body.hasNonNull("seq")) {
      if (body.hasNonNull("title") || body.hasNonNull("content")) {
        throw new IllegalArgumentException("a saved message takes no title or content");
      }
      saved =
          save.saveMessage(
              user,
              ConversationId.parse(Json.requiredString(body, "conversation_id")),
              Requests.messageSeq(Json.requiredLong(body, "seq")),
              Json.optionalString(body, "note"),
              tagsOf(body));
    } else {
      if (body.hasNonNull("note")) {
        throw new IllegalArgumentException("a note of one's own takes title and content");
      }
      saved =
          save.saveNote(
              user,
              Json.optionalString(body, "title"),
              Json.optionalString(body, "content"),
              tagsOf(body));
    }
    Bodies.send(response, saved.isNew() ? 201 : 200, FavoriteBody.from(saved.favorite()));
  }

  private void list(ServerRequest request, ServerResponse response) {
    var query = request.query();
    int limit = (int) Bodies.queryLong(request, "limit").orElse(FavoriteQuery.DEFAULT_LIMIT);
    if (limit < 1 || limit > FavoriteQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + FavoriteQuery.MAX_LIMIT);
    }
    FavoriteQuery favorites =
        new FavoriteQuery(
            query.first("q").asOptional(),
            query.first("tag").asOptional().filter(tag -> !tag.isEmpty()),
            query.first("kind").asOptional().filter(kind -> !kind.isEmpty()).map(FavoriteKind::of),
            query
                .first("cursor")
                .asOptional()
                .filter(c -> !c.isEmpty())
                .map(FavoriteBody::decodeCursor),
            limit);
    Bodies.send(
        response, 200, FavoriteBody.Page.from(list.favorites(Caller.of(request), favorites)));
  }

  private void tags(ServerRequest request, ServerResponse response) {
    Bodies.send(response, 200, FavoriteBody.TagCounts.from(tags.tags(Caller.of(request))));
  }

  private void change(ServerRequest request, ServerResponse response) {
    ObjectNode body = Bodies.read(request);
    FavoriteChange favoriteChange =
        new FavoriteChange(
            body.has("tags") ? Optional.of(tagsOf(body)) : Optional.empty(),
            Json.patchedString(body, "note"),
            Json.patchedString(body, "title"),
            Json.patchedString(body, "content"));
    Bodies.send(
        response,
        200,
        FavoriteBody.from(change.change(Caller.of(request), id(request), favoriteChange)));
  }

  private void delete(ServerRequest request, ServerResponse response) {
    change.delete(Caller.of(request), id(request));
    response.status(204).send();
  }

  private static FavoriteId id(ServerRequest request) {
    return new FavoriteId(request.path().pathParameters().get("id"));
  }
}
