package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceBytesTest {
  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static String read(SourceBytes bytes) throws IOException {
    try (Reader r = bytes.text()) {
      StringBuilder s = new StringBuilder();
      char[] buf = new char[256];
      for (int n; (n = r.read(buf)) > 0; ) {
        s.append(buf, 0, n);
      }
      return s.toString();
    }
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesWhateverTheFileIsCalled(@TempDir Path dir)
      throws IOException {
    Path misnamed = dir.resolve("results.csv");
    Files.write(misnamed, gzip("a,b\n1,2\n"));

    try (InputStream in = BundledData.openFile(misnamed)) {
      SourceBytes bytes = SourceBytes.readFrom(in);
      assertThat(bytes.isGzip()).isTrue();
      assertThat(read(bytes)).isEqualTo("a,b\n1,2\n");
    }
  }

  @Test
  void plainTextPassesThroughAndItsByteOrderMarkIsDropped() throws IOException {
    byte[] withBom = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8);
    SourceBytes bytes = SourceBytes.readFrom(new java.io.ByteArrayInputStream(withBom));

    assertThat(bytes.isGzip()).isFalse();
    assertThat(read(bytes)).isEqualTo("a,b\n");
  }

  @Test
  void theShaIsOfTheBytesAsStored() {
    SourceBytes bytes =
        SourceBytes.readFrom(
            new java.io.ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

    assertThat(bytes.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
