package org.janadesh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class BundledDataTest {
  @Test
  void aBundledFileOpensByItsPathUnderData() {
    SourceBytes news = BundledData.read("assembly/bye_wb_161_2022_ballygunge_top4.csv");

    assertThat(news.isGzip()).isFalse();
    assertThat(BundledData.read("ls2024/ls2024_candidates.csv.gz").isGzip()).isTrue();
    assertThat(BundledData.exists("/registry/states.csv")).isTrue();
  }

  @Test
  void aMissingBundledFileFailsNamingIt() {
    assertThatThrownBy(() -> BundledData.open("ls2029/nothing.csv"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("org/janadesh/data/ls2029/nothing.csv");
  }

  @Test
  void contentIsReadThroughGzipWhenTheBytesAreGzip() throws java.io.IOException {
    try (java.io.InputStream gz = BundledData.openContent("ls2024/ls2024_candidates.csv.gz");
        java.io.InputStream plain =
            BundledData.openContent("assembly/bye_wb_161_2022_ballygunge_top4.csv")) {
      assertThat(new String(gz.readNBytes(10), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("year,state");
      assertThat(new String(plain.readNBytes(8), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("state,ac");
    }
  }
}
