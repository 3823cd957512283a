package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Favorites over REST: save, find by text, tag and kind, page, change, delete; notices. */
class FavoritesEndToEndTest extends OneNodeTest {

  @Test
  void saved_messages_and_notes_are_found_again_and_changed() throws Exception {
    String ida = rest.registerAndLogin("ida_fav");
    String jon = rest.registerAndLogin("jon_fav");
    String chat = "dm:ida_fav:jon_fav";
    rest.post(
        "/api/v1/conversations/" + chat + "/messages",
        jon,
        "{\"msg_id\":\"j1\",\"content\":\"the Zebra crossing at noon\"}");
    try (ChatClient idaPhone = ChatClient.connect(node.port(), ida, "phone")) {
      RestClient.Answer saved =
          rest.post(
              "/api/v1/favorites",
              ida,
              "{\"conversation_id\":\""
                  + chat
                  + "\",\"seq\":1,\"tags\":[\"plans\",\"plans\"],\"note\":\"remember\"}");
      RestClient.Answer again =
          rest.post("/api/v1/favorites", ida, "{\"conversation_id\":\"" + chat + "\",\"seq\":1}");
      RestClient.Answer note =
          rest.post(
              "/api/v1/favorites",
              ida,
              "{\"title\":\"Shopping\",\"content\":\"milk, eggs\",\"tags\":[\"home\"]}");

      assertThat(saved.status()).isEqualTo(201);
      JsonNode favorite = saved.body();
      assertThat(favorite.get("kind").asText()).isEqualTo("message");
      assertThat(favorite.get("seq").asLong()).isEqualTo(1);
      assertThat(favorite.at("/message/content").asText()).isEqualTo("the Zebra crossing at noon");
      assertThat(favorite.get("tags").toString()).isEqualTo("[\"plans\"]");
      assertThat(favorite.get("note").asText()).isEqualTo("remember");
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body().get("favorite_id")).isEqualTo(favorite.get("favorite_id"));
      assertThat(note.status()).isEqualTo(201);
      assertThat(note.body().get("kind").asText()).isEqualTo("note");
      JsonNode notice = idaPhone.nextFrame(7, Duration.ofSeconds(5));
      assertThat(notice.get("type").asText()).isEqualTo("favorites_changed");

      assertThat(rest.get("/api/v1/favorites?q=eBR", ida).body().get("favorites")).hasSize(1);
      assertThat(rest.get("/api/v1/favorites?q=MILK", ida).body().at("/favorites/0/title").asText())
          .isEqualTo("Shopping");
      assertThat(rest.get("/api/v1/favorites?kind=note", ida).body().get("favorites")).hasSize(1);
      assertThat(rest.get("/api/v1/favorites?tag=plans", ida).body().get("favorites")).hasSize(1);
      JsonNode firstPage = rest.get("/api/v1/favorites?limit=1", ida).body();
      assertThat(firstPage.get("has_more").asBoolean()).isTrue();
      JsonNode secondPage =
          rest.get("/api/v1/favorites?limit=1&cursor=" + firstPage.get("next_cursor").asText(), ida)
              .body();
      assertThat(secondPage.get("has_more").asBoolean()).isFalse();
      assertThat(secondPage.at("/favorites/0/favorite_id"))
          .isNotEqualTo(firstPage.at("/favorites/0/favorite_id"));
      JsonNode tags = rest.get("/api/v1/favorites/tags", ida).body().get("tags");
      assertThat(tags.toString())
          .isEqualTo("[{\"tag\":\"home\",\"count\":1},{\"tag\":\"plans\",\"count\":1}]");

      String id = note.body().get("favorite_id").asText();
      RestClient.Answer changed =
          rest.call("PATCH", "/api/v1/favorites/" + id, ida, "{\"content\":null,\"tags\":[]}");
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.body().get("content").isNull()).isTrue();
      assertThat(changed.body().get("tags")).isEmpty();
      assertThat(rest.call("DELETE", "/api/v1/favorites/" + id, jon, null).status()).isEqualTo(404);
      assertThat(rest.call("DELETE", "/api/v1/favorites/" + id, ida, null).status()).isEqualTo(204);
      assertThat(rest.get("/api/v1/favorites", ida).body().get("favorites")).hasSize(1);
    }
  }

  @Test
  void bad_favorites_are_refused() {
    String kim = rest.registerAndLogin("kim_fav");
    rest.registerAndLogin("lee_fav");
    rest.registerAndLogin("max_fav");

    assertThat(rest.post("/api/v1/favorites", kim, "{\"tags\":[\"x\"]}").status())
        .as("a note needs a title or content")
        .isEqualTo(400);
    assertThat(
            rest.post("/api/v1/favorites", kim, "{\"title\":\"" + "t".repeat(129) + "\"}").status())
        .isEqualTo(400);
    assertThat(
            rest.post(
                    "/api/v1/favorites",
                    kim,
                    "{\"title\":\"t\",\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}")
                .status())
        .isEqualTo(400);
    assertThat(
            rest.post(
                    "/api/v1/favorites",
                    kim,
                    "{\"conversation_id\":\"dm:kim_fav:lee_fav\",\"seq\":1,\"title\":\"t\"}")
                .status())
        .as("a saved message takes no title")
        .isEqualTo(400);
    assertThat(
            rest.post(
                    "/api/v1/favorites",
                    kim,
                    "{\"conversation_id\":\"dm:kim_fav:lee_fav\",\"seq\":1}")
                .status())
        .isEqualTo(404);
    assertThat(
            rest.post(
                    "/api/v1/favorites",
                    kim,
                    "{\"conversation_id\":\"dm:lee_fav:max_fav\",\"seq\":1}")
                .status())
        .isEqualTo(403);
    assertThat(rest.get("/api/v1/favorites?kind=other", kim).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/favorites?limit=201", kim).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/favorites?cursor=nonsense", kim).status()).isEqualTo(400);
    assertThat(rest.get("/api/v1/favorites", kim).body().get("favorites")).isEmpty();
  }
}
