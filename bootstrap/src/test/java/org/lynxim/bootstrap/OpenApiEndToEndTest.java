package org.lynxim.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} describes the REST API the node really has: the same operations both
 * ways (method and path, path parameters compared by position), served at {@code /openapi}.
 */
class OpenApiEndToEndTest extends OneNodeTest {
  private static final Path DOCUMENT = Path.of("../docs/openapi.yaml");
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @Test
  void the_document_names_exactly_the_operations_the_node_serves() throws Exception {
    JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()).path("paths");
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
      String path = names.next();
      for (Iterator<String> methods = paths.path(path).fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          documented.add(method.toUpperCase() + " " + shape(path));
        }
      }
    }
    Set<String> served = new TreeSet<>();
    node.restOperations().forEach(operation -> served.add(shape(operation)));

    assertThat(served).hasSizeGreaterThan(50);
    assertThat(documented).as("documented but not served").isSubsetOf(served);
    assertThat(served).as("served but not documented").isSubsetOf(documented);
  }

  @Test
  void the_node_serves_the_document_at_openapi() {
    RestClient.Answer answer = rest.get("/openapi", null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text())
        .contains("openapi: 3.1.0", "/api/v1/conversations/{conversation_id}/messages");
  }

  /** Path parameters by position only: the code says {id} where the document says {group_id}. */
  private static String shape(String operation) {
    return operation.replaceAll("\\{[^}]+}", "{}");
  }
}
