package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** data/PROVENANCE.md states the checksum of every bundled file; the files must match it. */
class ProvenanceChecksumsTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| ([0-9,]+) \\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);

  @Test
  void everyBundledFileHasTheChecksumItsProvenanceStates() throws Exception {
    String provenance = new String(bytes("PROVENANCE.md"), StandardCharsets.UTF_8);
    String bundled = provenance.substring(provenance.indexOf("## 7."));
    bundled = bundled.substring(0, bundled.indexOf("SHA-256 of the decompressed"));

    Map<String, String> stated = new TreeMap<>();
    Map<String, String> actual = new TreeMap<>();
    Matcher m = ROW.matcher(bundled);
    while (m.find()) {
      byte[] content = bytes(m.group(1));
      stated.put(m.group(1), m.group(2).replace(",", "") + " " + m.group(3));
      actual.put(m.group(1), content.length + " " + sha256(content));
    }

    assertThat(stated).hasSizeGreaterThan(10);
    assertThat(actual).isEqualTo(stated);
  }

  private static byte[] bytes(String dataPath) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            ProvenanceChecksumsTest.class.getResourceAsStream("/org/janadesh/data/" + dataPath),
            dataPath)) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
