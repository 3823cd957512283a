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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web chat page at {@code /}, served by a real node: its files over HTTP, and the whole page in
 * real Chromium driven by Playwright ({@code src/test/browser/*.e2e.mjs}, two to four browser
 * contexts as different users and devices). Screenshots of each step land in {@code
 * target/browser-screenshots}; each script's output in {@code target/browser-e2e-<script>.log}.
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

  /**
   * The page's scripts put user data into the page only as text: no HTML parsing API appears in
   * them (the browser tests show a message {@code <img src=x onerror=...>} rendering as text).
   */
  @Test
  void the_page_never_parses_strings_as_html() throws Exception {
    Path web = Path.of("../adapters-in/src/main/resources/web");
    try (var files = Files.list(web)) {
      for (Path script : files.filter(file -> file.toString().endsWith(".js")).toList()) {
        assertThat(Files.readString(script))
            .as(script.getFileName().toString())
            .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")
            .doesNotContain("eval(", "new Function");
      }
    }
  }

  /**
   * One script per group of features, each with its own Chromium and users: {@code chat} (version 1
   * flows), {@code social} (friends, presence, typing, read ticks, blocks), {@code media} (images,
   * files, cards, reply, edit, recall, HTML as text), {@code conversations} (pin, mute, drafts,
   * delete, read all, favorites), {@code groups} (administration, system lines, streams), {@code
   * call} (a real WebRTC call) and {@code a11y} (axe-core and keyboard-only use).
   */
  @ParameterizedTest(name = "{0}.e2e.mjs")
  @ValueSource(strings = {"chat", "social", "media", "conversations", "groups", "call", "a11y"})
  void the_page_works_in_real_chromium(String script) throws Exception {
    requireBrowser();
    Path screenshots = Path.of("target/browser-screenshots").toAbsolutePath();
    Path output = Path.of("target/browser-e2e-" + script + ".log").toAbsolutePath();
    Process run =
        new ProcessBuilder(
                "node",
                script + ".e2e.mjs",
                "http://127.0.0.1:" + node.port(),
                screenshots.toString())
            .directory(SCRIPTS.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!run.waitFor(4, TimeUnit.MINUTES)) {
      run.destroyForcibly();
      fail(script + ".e2e.mjs did not finish within 4 minutes:\n" + Files.readString(output));
    }
    // The script's output goes to a file, not to surefire's captured stdout, so a failure shows it.
    assertThat(run.exitValue())
        .as("%s.e2e.mjs failed:%n%s", script, Files.readString(output))
        .isZero();
    assertThat(Files.readString(output)).contains(script + ": every step held");
  }

  /**
   * Chromium, playwright-core and axe-core are installed by {@code .ci/run}, the README's test
   * command; this test never switches itself off, so a machine without them fails it and says what
   * to run.
   */
  private static void requireBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("Chromium is missing at " + CHROMIUM + ": run .ci/run, which installs it");
    }
    for (String module : new String[] {"playwright-core", "axe-core"}) {
      if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(module))) {
        fail(module + " is missing in " + SCRIPTS + ": run .ci/run, which installs it");
      }
    }
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
