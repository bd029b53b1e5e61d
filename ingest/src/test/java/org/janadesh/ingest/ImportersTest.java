package org.janadesh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.janadesh.ingest.source.BundledData;
import org.junit.jupiter.api.Test;

class ImportersTest {
  @Test
  void theFormatsAreKnownByTheirNamesInImportOrder() {
    assertThat(Importers.formats())
        .extracting(Importers.Format::name)
        .containsExactly(
            "eci-site-2024",
            "eci-site-2019",
            "tcpd-ge",
            "indiavotes-winners",
            "tcpd-ae",
            "news-top-candidates");
    assertThat(Importers.formats()).allMatch(f -> BundledData.exists(f.bundledFile()));
  }

  @Test
  void anUnknownFormatFailsListingTheKnownOnes() {
    assertThatThrownBy(() -> Importers.forFormat("eci-site-2014"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown format 'eci-site-2014'; known formats: eci-site-2024, eci-site-2019, tcpd-ge,"
                + " indiavotes-winners, tcpd-ae, news-top-candidates");
  }
}
