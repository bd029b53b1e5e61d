package org.janadesh.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticFilesTest {
  @Test
  void aFolderMeansItsIndexPage() {
    assertThat(StaticFiles.resourceName("/")).hasValue("index.html");
    assertThat(StaticFiles.resourceName("/docs/")).hasValue("docs/index.html");
  }

  @Test
  void plainNamesOfServedTypesAreResources() {
    assertThat(StaticFiles.resourceName("/js/dashboard.js")).hasValue("js/dashboard.js");
    assertThat(StaticFiles.contentType("site.css")).hasValue("text/css; charset=utf-8");
  }

  @Test
  void climbingOutOrOddNamesAreRefusedBeforeTheClasspathSeesThem() {
    assertThat(StaticFiles.resourceName("/../pom.xml")).isEmpty();
    assertThat(StaticFiles.resourceName("/js/../../x.js")).isEmpty();
    assertThat(StaticFiles.resourceName("/a\\b.js")).isEmpty();
    assertThat(StaticFiles.resourceName("//etc/passwd.txt")).isEmpty();
    assertThat(StaticFiles.resourceName("/.hidden.js")).isEmpty();
    assertThat(StaticFiles.resourceName("/a..b.js")).isEmpty();
    assertThat(StaticFiles.resourceName("/Foo.class")).isEmpty();
    assertThat(StaticFiles.resourceName("/README")).isEmpty();
  }
}
