package org.janadesh.ingest.source;

/**
 * The source names under which {@code data/registry/party_overrides.csv} scopes a party label: a
 * label can mean one party in one source's years and another elsewhere.
 */
public final class PartySources {
  /** The ECI results site (2019, 2024 full party names). */
  public static final String ECI_SITE = "eci-site";

  /** TCPD's Lok Sabha file (column Party). */
  public static final String TCPD = "tcpd";

  /** TCPD's assembly data as flattened by ElectionLens (column party_tcpd). */
  public static final String TCPD_AE = "tcpd-ae";

  /** The indiavotes winners file. */
  public static final String INDIAVOTES = "indiavotes";

  /** Figures from news reports. */
  public static final String NEWS = "news";

  private PartySources() {}
}
