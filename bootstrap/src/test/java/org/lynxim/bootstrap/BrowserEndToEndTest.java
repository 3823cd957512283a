package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web chat page at {@code /}, served by a real node: its files over HTTP, and the whole page in
 * real Chromium driven by Playwright ({@code src/test/browser/chat.e2e.mjs}: register, direct chat
 * with live pushes, offline and back with an unread badge, a failed send resent, two tabs of one
 * user, a group of three, older messages on scrolling up). Screenshots of each step land in {@code
 * target/browser-screenshots}.
 */
class BrowserEndToEndTest extends OneNodeTest {
  private static final Path SCRIPTS = Path.of("src/test/browser");
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @Test
  void the_page_is_served_with_validators_and_unknown_files_are_404_problems() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + node.port();
    HttpResponse<String> page =
        http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<title>Lynx IM</title>", "/app.js");

    String etag = page.headers().firstValue("etag").orElseThrow();
    HttpResponse<String> again =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/")).header("If-None-Match", etag).build(),
            ofString());
    assertThat(again.statusCode()).isEqualTo(304);

    HttpResponse<String> missing =
        http.send(HttpRequest.newBuilder(URI.create(base + "/no-such.js")).build(), ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"status\":404");
  }

  @Test
  void two_people_chat_in_real_chromium() throws Exception {
    requireBrowser();
    Path screenshots = Path.of("target/browser-screenshots").toAbsolutePath();
    Path output = Path.of("target/browser-e2e.log").toAbsolutePath();
    Process run =
        new ProcessBuilder(
                "node", "chat.e2e.mjs", "http://127.0.0.1:" + node.port(), screenshots.toString())
            .directory(SCRIPTS.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!run.waitFor(4, TimeUnit.MINUTES)) {
      run.destroyForcibly();
      fail("the browser test did not finish within 4 minutes:\n" + Files.readString(output));
    }
    // The script's output goes to a file, not to surefire's captured stdout, so a failure shows it.
    assertThat(run.exitValue()).as("chat.e2e.mjs failed:\n%s", Files.readString(output)).isZero();
    assertThat(screenshots.resolve("10-group-chat.png")).exists();
  }

  /**
   * Chromium and playwright-core are installed by {@code .ci/run}, the README's test command; this
   * test never switches itself off, so a machine without them fails it and says what to run.
   */
  private static void requireBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("Chromium is missing at " + CHROMIUM + ": run .ci/run, which installs it");
    }
    if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
      fail("playwright-core is missing in " + SCRIPTS + ": run .ci/run, which installs it");
    }
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
