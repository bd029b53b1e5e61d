package org.janadesh.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTest {
  @Test
  void aMissingChromiumFailsWithTheCommandThatInstallsIt(@TempDir Path dir) {
    Path absent = dir.resolve("chromium");

    assertThatThrownBy(() -> Chromium.locate(absent))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(absent.toString())
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void debiansChromiumIsInstalledWhereTheTestsLookForIt() {
    // CI installs the package; on a machine without it this fails, like every browser test.
    assertThat(Chromium.locate(Chromium.DEBIAN)).isEqualTo(Chromium.DEBIAN);
  }
}
