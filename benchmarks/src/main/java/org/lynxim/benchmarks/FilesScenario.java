package org.lynxim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * File throughput: {@code files} distinct files of {@code bytes} each uploaded by {@code clients}
 * clients at once ({@code POST /api/v1/files}, multipart), then all downloaded the same way. Every
 * file holds its own random bytes, so that no upload is saved by the store keeping equal bytes
 * once. Reports MiB/s both ways and the latency of one upload and one download.
 */
final class FilesScenario {
  record Settings(String prefix, int files, int bytes, int clients) {}

  private static final double MIB = 1024.0 * 1024.0;

  private final Server server;
  private final Settings settings;

  FilesScenario(Server server, Settings settings) {
    this.server = server;
    this.settings = settings;
  }

  Report run() throws Exception {
    Users users = Users.of(server, settings.prefix(), 1, 1);
    String token = users.tokens().getFirst();
    List<byte[]> contents = new ArrayList<>(settings.files());
    Random random = new Random(11);
    for (int i = 0; i < settings.files(); i++) {
      byte[] bytes = new byte[settings.bytes()];
      random.nextBytes(bytes);
      contents.add(bytes);
    }

    Histogram uploads = Histograms.micros();
    List<String> ids = new ArrayList<>();
    long uploadStart = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(settings.clients())) {
      List<Future<String>> work = new ArrayList<>();
      for (int i = 0; i < settings.files(); i++) {
        byte[] bytes = contents.get(i);
        int n = i;
        work.add(
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  Server.Response answer = server.upload(token, "f" + n + ".bin", bytes);
                  if (answer.status() != 201) {
                    throw new IllegalStateException("upload answered " + answer.text());
                  }
                  synchronized (uploads) {
                    Histograms.recordSince(uploads, start);
                  }
                  return answer.body().get("file_id").asText();
                }));
      }
      for (Future<String> id : work) {
        ids.add(id.get());
      }
    }
    double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;

    Histogram downloads = Histograms.micros();
    long downloadStart = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(settings.clients())) {
      List<Future<?>> work = new ArrayList<>();
      for (String id : ids) {
        work.add(
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  Server.Downloaded answer = server.download("/api/v1/files/" + id, token);
                  if (answer.status() != 200 || answer.bytes() != settings.bytes()) {
                    throw new IllegalStateException("download answered " + answer);
                  }
                  synchronized (downloads) {
                    Histograms.recordSince(downloads, start);
                  }
                }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    }
    double downloadSeconds = (System.nanoTime() - downloadStart) / 1e9;
    double total = (double) settings.files() * settings.bytes() / MIB;
    return new Report("files")
        .setting("files", settings.files())
        .setting("bytes", settings.bytes())
        .setting("clients", settings.clients())
        .value("upload_mib_per_s", total / uploadSeconds)
        .value("download_mib_per_s", total / downloadSeconds)
        .value("uploads_per_s", settings.files() / uploadSeconds)
        .value("downloads_per_s", settings.files() / downloadSeconds)
        .latency("upload", uploads)
        .latency("download", downloads);
  }
}
