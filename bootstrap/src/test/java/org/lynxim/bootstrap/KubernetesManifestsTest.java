package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in {@code deploy/k8s} (a Kustomize base and overlays): each object is
 * read into the Kubernetes API's own model (fabric8's, generated from the API's schemas) and no
 * field may be left over that the schema does not know; every environment variable they set is a
 * setting the README documents; the probes ask the health endpoint on the port the node serves.
 */
class KubernetesManifestsTest {
  private static final Path K8S = Path.of("../deploy/k8s/base");
  private static final Path OVERLAYS = Path.of("../deploy/k8s/overlays");
  private static final Path README = Path.of("../README.md");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Each kind the manifests use, with its API version and model class. */
  private static final Map<String, Kind> KINDS =
      Map.of(
          "ConfigMap", new Kind("v1", ConfigMap.class),
          "Secret", new Kind("v1", Secret.class),
          "Service", new Kind("v1", Service.class),
          "Deployment", new Kind("apps/v1", Deployment.class),
          "PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class),
          "HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class));

  /** The one variable set that is not Lynx's: the JVM's own, read by every JVM. */
  private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

  private record Kind(String apiVersion, Class<? extends HasMetadata> model) {}

  @Test
  void every_object_is_valid_kubernetes_with_no_unknown_field() throws IOException {
    List<HasMetadata> objects = objects();
    assertThat(objects).extracting(HasMetadata::getKind).contains("Deployment", "Service");
    for (HasMetadata object : objects) {
      List<String> unknown = new ArrayList<>();
      unknownFields(object, object.getKind(), unknown);
      assertThat(unknown).as("fields the Kubernetes schema does not know").isEmpty();
    }
  }

  @Test
  void every_overlay_patches_objects_of_the_base_with_known_fields_only() throws IOException {
    Set<String> base = new TreeSet<>();
    for (HasMetadata object : objects()) {
      base.add(object.getKind() + "/" + object.getMetadata().getName());
    }
    List<Path> overlays;
    try (Stream<Path> dirs = Files.list(OVERLAYS)) {
      overlays = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(overlays).isNotEmpty();
    for (Path overlay : overlays) {
      JsonNode kustomization = YAML.readTree(overlay.resolve("kustomization.yaml").toFile());
      assertThat(kustomization.path("resources").get(0).asText()).isEqualTo("../../base");
      assertThat(kustomization.path("patches")).as(overlay.toString()).isNotEmpty();
      for (JsonNode patch : kustomization.path("patches")) {
        for (HasMetadata object : objectsOf(overlay.resolve(patch.path("path").asText()))) {
          assertThat(base)
              .as("%s patches an object of the base", overlay)
              .contains(object.getKind() + "/" + object.getMetadata().getName());
          List<String> unknown = new ArrayList<>();
          unknownFields(object, object.getKind(), unknown);
          assertThat(unknown).as("unknown fields in %s", overlay).isEmpty();
        }
      }
    }
  }

  @Test
  void the_kustomization_lists_every_manifest_but_the_secret_example() throws IOException {
    JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
    Set<String> listed = new TreeSet<>();
    kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
    Set<String> files = new TreeSet<>();
    for (Path file : manifestFiles()) {
      files.add(file.getFileName().toString());
    }
    files.remove("secret.example.yaml");
    assertThat(listed).isEqualTo(files);
  }

  @Test
  void every_environment_variable_is_a_documented_lynx_setting() throws IOException {
    Set<String> documented = documentedSettings();
    assertThat(documented).contains("LYNX_PROFILE", "LYNX_DB_URL", "SERVER_PORT");
    Set<String> set = new TreeSet<>();
    for (HasMetadata object : objects()) {
      switch (object) {
        case ConfigMap map -> set.addAll(map.getData().keySet());
        case Secret secret -> set.addAll(secret.getStringData().keySet());
        case Deployment deployment ->
            containers(deployment).stream()
                .flatMap(container -> container.getEnv().stream())
                .map(EnvVar::getName)
                .forEach(set::add);
        default -> {}
      }
    }
    set.removeAll(JVM_VARIABLES);
    assertThat(set).isNotEmpty().allSatisfy(name -> assertThat(documented).contains(name));
  }

  @Test
  void the_probes_ask_the_health_endpoint_on_the_served_port() throws IOException {
    List<HasMetadata> objects = objects();
    String port =
        objects.stream()
            .filter(ConfigMap.class::isInstance)
            .map(object -> ((ConfigMap) object).getData().get("SERVER_PORT"))
            .findFirst()
            .orElseThrow();
    Deployment deployment =
        objects.stream()
            .filter(Deployment.class::isInstance)
            .map(Deployment.class::cast)
            .findFirst()
            .orElseThrow();
    Container node = containers(deployment).getFirst();
    assertThat(node.getPorts())
        .anySatisfy(
            p -> {
              assertThat(p.getName()).isEqualTo("http");
              assertThat(p.getContainerPort()).isEqualTo(Integer.parseInt(port));
            });
    for (var probe :
        List.of(node.getReadinessProbe(), node.getLivenessProbe(), node.getStartupProbe())) {
      assertThat(probe.getHttpGet().getPath()).isEqualTo("/observe/health");
      assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }
    // The grace period covers the preStop pause and the node's own graceful stop.
    assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
        .isGreaterThanOrEqualTo(30L);
  }

  private static List<Container> containers(Deployment deployment) {
    return deployment.getSpec().getTemplate().getSpec().getContainers();
  }

  private static List<Path> manifestFiles() throws IOException {
    try (Stream<Path> files = Files.list(K8S)) {
      return files
          .filter(file -> file.toString().endsWith(".yaml"))
          .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
          .sorted()
          .toList();
    }
  }

  /** Every object of every manifest of the base, read into its Kubernetes model by kind. */
  private static List<HasMetadata> objects() throws IOException {
    List<HasMetadata> objects = new ArrayList<>();
    for (Path file : manifestFiles()) {
      objects.addAll(objectsOf(file));
    }
    return objects;
  }

  private static List<HasMetadata> objectsOf(Path file) throws IOException {
    List<HasMetadata> objects = new ArrayList<>();
    try (var parser = YAML.createParser(file.toFile())) {
      for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
        String kind = document.path("kind").asText();
        Kind known = KINDS.get(kind);
        assertThat(known).as("a kind this test knows, in %s: %s", file, kind).isNotNull();
        assertThat(document.path("apiVersion").asText())
            .as("%s in %s", kind, file)
            .isEqualTo(known.apiVersion());
        objects.add(YAML.treeToValue(document, known.model()));
      }
    }
    return objects;
  }

  /**
   * The models keep any field they do not know in "additional properties": walks the whole object
   * and names each such field with its path.
   */
  private static void unknownFields(Object value, String path, List<String> unknown) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        unknownFields(item, path + "[" + i++ + "]", unknown);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object field;
      try {
        field = getter.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
          extra.keySet().forEach(key -> unknown.add(path + "." + key));
        }
      } else {
        unknownFields(field, path + "." + getter.getName().substring(3), unknown);
      }
    }
  }

  /** The settings the README's configuration tables name: `LYNX_...` and `SERVER_PORT`. */
  private static Set<String> documentedSettings() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher matcher =
        Pattern.compile("`((?:LYNX|SERVER)_[A-Z0-9_]+)`").matcher(Files.readString(README));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
