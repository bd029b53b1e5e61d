package org.janadesh.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Makes the bundled parliamentary-constituency map ({@code data/geo/pc_2008_web.json.gz}) from
 * TCPD's 2008-delimitation GeoJSON: Douglas–Peucker per ring, coordinates rounded to 3 decimals
 * (about 100 m, far below a pixel on a phone), properties reduced to what the dashboard joins on.
 * JDK only, so it runs without Maven:
 *
 * <pre>java server/src/test/java/org/janadesh/server/web/PcMapTool.java \
 *     SOURCE.geojson.gz data/registry/states.csv data/geo/pc_2008_web.json.gz</pre>
 *
 * Output is deterministic (fixed gzip header, features in source order), so re-running it on the
 * same source reproduces the bundled bytes; {@code PcMapTest} checks that when the source is at
 * hand.
 */
public final class PcMapTool {
  /**
   * Tolerance in degrees (~1.1 km, under a pixel even for a state drawn 800 px wide): keeps
   * district-scale shapes, drops survey-level wiggles.
   */
  static final double TOLERANCE = 0.01;

  private static final double SCALE = 1000.0;

  private PcMapTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: PcMapTool SOURCE.geojson.gz states.csv OUT.gz");
    }
    byte[] out = simplify(Files.readAllBytes(Path.of(args[0])), Files.readString(Path.of(args[1])));
    Files.write(Path.of(args[2]), out);
  }

  /** The gzipped web map from the gzipped TCPD GeoJSON and our states registry (CSV text). */
  public static byte[] simplify(byte[] sourceGz, String statesCsv) throws IOException {
    String source;
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(sourceGz))) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> codes = stateCodes(statesCsv);
    Map<String, Object> root = map(new Parser(source).value());
    StringBuilder json = new StringBuilder(1 << 20);
    json.append("{\"type\":\"FeatureCollection\",\"delimitation\":2008,")
        .append(
            "\"source\":\"TCPD LokDhaba India_PC_json.geojson (2008 delimitation), simplified\",")
        .append("\"redrawn\":[\"S03\",\"U08\"],\"features\":[");
    boolean first = true;
    for (Object f : list(root.get("features"))) {
      Map<String, Object> feature = map(f);
      Map<String, Object> props = map(feature.get("properties"));
      String stateName = ((String) required(props, "State_Name")).replace('_', ' ');
      int pc = ((Number) required(props, "Constituency_No")).intValue();
      Object nameValue = props.get("Constituency_Name");
      String name = nameValue == null ? "" : (String) nameValue;
      String[] seat = seat(stateName, pc, codes);
      String polygons = polygons(list(map(feature.get("geometry")).get("coordinates")));
      json.append(first ? "" : ",");
      first = false;
      json.append("{\"type\":\"Feature\",\"properties\":{\"st\":")
          .append(seat[0] == null ? "null" : quote(seat[0]))
          .append(",\"pc\":")
          .append(seat[1])
          .append(",\"name\":")
          .append(quote(name))
          .append(",\"state\":")
          .append(quote(stateName))
          .append(",\"redrawn\":")
          .append(seat[2])
          .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":")
          .append(polygons)
          .append("}}");
    }
    json.append("]}\n");
    return gzip(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Our 2024 state code and PC number for a 2008 polygon, and whether its state was redrawn since
   * (Assam 2023, Jammu & Kashmir 2022): those keep their 2008 numbers and must not be joined by
   * number. Ladakh PC (J&K 4 in 2008) is the Ladakh UT's one seat, boundary unchanged; the two
   * union territories merged in 2020 keep their seats as PC 1 and 2.
   */
  @SuppressWarnings("NullAway") // a null code marks the source's two unnamed PC-0 polygons
  private static String[] seat(String stateName, int pc, Map<String, String> codes) {
    if (pc == 0) {
      return new String[] {null, "0", "false"};
    }
    return switch (stateName) {
      case "Jammu & Kashmir" ->
          pc == 4
              ? new String[] {"U09", "1", "false"}
              : new String[] {"U08", String.valueOf(pc), "true"};
      case "Dadra & Nagar Haveli" -> new String[] {"U03", "1", "false"};
      case "Daman & Diu" -> new String[] {"U03", "2", "false"};
      default -> {
        String code = codes.get(stateName.toLowerCase(Locale.ROOT));
        if (code == null) {
          throw new IllegalArgumentException("no state code for " + stateName);
        }
        yield new String[] {code, String.valueOf(pc), String.valueOf(code.equals("S03"))};
      }
    };
  }

  /** Current states (no end year) by lower-case name, from registry/states.csv. */
  private static Map<String, String> stateCodes(String csv) {
    Map<String, String> codes = new HashMap<>();
    for (String line : csv.split("\n", -1)) {
      String[] cells = line.split(",", -1);
      if (cells.length >= 5 && !cells[0].equals("code") && cells[4].isEmpty()) {
        codes.put(cells[1].toLowerCase(Locale.ROOT), cells[0]);
      }
    }
    return codes;
  }

  private static String polygons(List<Object> multipolygon) {
    StringBuilder out = new StringBuilder();
    out.append('[');
    boolean firstPolygon = true;
    double largest = -1;
    String fallback = "";
    for (Object p : multipolygon) {
      List<Object> rings = list(p);
      StringBuilder polygon = new StringBuilder();
      boolean kept = false;
      for (int r = 0; r < rings.size(); r++) {
        long[][] ring = simplifyRing(points(list(rings.get(r))));
        if (ring.length < 4) {
          if (r == 0) {
            break; // the outer ring vanished: an islet below the tolerance
          }
          continue; // a hole below the tolerance
        }
        polygon.append(kept ? "," : "[").append(ring(ring));
        kept = true;
      }
      if (kept) {
        out.append(firstPolygon ? "" : ",").append(polygon).append(']');
        firstPolygon = false;
      } else {
        // keep the largest islet of a PC made only of islets (Lakshadweep) unsimplified
        long[][] raw = round(points(list(rings.get(0))));
        double extent = extent(raw);
        if (extent > largest) {
          largest = extent;
          fallback = "[" + ring(raw) + "]";
        }
      }
    }
    if (firstPolygon) {
      out.append(fallback);
    }
    return out.append(']').toString();
  }

  private static double extent(long[][] ring) {
    long minX = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    for (long[] p : ring) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
    }
    return maxX - minX;
  }

  private static String ring(long[][] ring) {
    StringBuilder out = new StringBuilder();
    out.append('[');
    for (int i = 0; i < ring.length; i++) {
      out.append(i == 0 ? "[" : ",[")
          .append(coordinate(ring[i][0]))
          .append(',')
          .append(coordinate(ring[i][1]))
          .append(']');
    }
    return out.append(']').toString();
  }

  /** Thousandths of a degree as a decimal, without a float round trip. */
  private static String coordinate(long thousandths) {
    String sign = thousandths < 0 ? "-" : "";
    long abs = Math.abs(thousandths);
    long whole = abs / 1000;
    long frac = abs % 1000;
    if (frac == 0) {
      return sign + whole;
    }
    String digits = String.format(Locale.ROOT, "%03d", frac).replaceAll("0+$", "");
    return sign + whole + "." + digits;
  }

  private static double[][] points(List<Object> ring) {
    double[][] points = new double[ring.size()][];
    for (int i = 0; i < points.length; i++) {
      List<Object> xy = list(ring.get(i));
      points[i] =
          new double[] {((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()};
    }
    return points;
  }

  private static long[][] round(double[][] points) {
    List<long[]> out = new ArrayList<>();
    for (double[] p : points) {
      long[] q = {Math.round(p[0] * SCALE), Math.round(p[1] * SCALE)};
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || last[0] != q[0] || last[1] != q[1]) {
        out.add(q);
      }
    }
    return out.toArray(new long[0][]);
  }

  /** Douglas–Peucker on a closed ring, then rounded; the closing point is kept. */
  static long[][] simplifyRing(double[][] ring) {
    int n = ring.length;
    if (n < 4) {
      return new long[0][];
    }
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    // a closed ring has first == last, so split it at the point farthest from the start
    int far = 0;
    double farthest = -1;
    for (int i = 1; i < n - 1; i++) {
      double d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    keep[far] = true;
    douglasPeucker(ring, 0, far, keep);
    douglasPeucker(ring, far, n - 1, keep);
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        kept.add(ring[i]);
      }
    }
    long[][] rounded = round(kept.toArray(new double[0][]));
    return rounded.length < 4 ? new long[0][] : rounded;
  }

  private static void douglasPeucker(double[][] p, int from, int to, boolean[] keep) {
    // iterative: long coastlines would otherwise recurse thousands deep
    List<int[]> stack = new ArrayList<>();
    stack.add(new int[] {from, to});
    while (!stack.isEmpty()) {
      int[] span = stack.remove(stack.size() - 1);
      int a = span[0];
      int b = span[1];
      double worst = -1;
      int at = -1;
      for (int i = a + 1; i < b; i++) {
        double d = distanceToSegment(p[i], p[a], p[b]);
        if (d > worst) {
          worst = d;
          at = i;
        }
      }
      if (at >= 0 && worst > TOLERANCE) {
        keep[at] = true;
        stack.add(new int[] {a, at});
        stack.add(new int[] {at, b});
      }
    }
  }

  private static double distanceToSegment(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double length2 = dx * dx + dy * dy;
    double t = length2 == 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // the JDK writes a fixed header (no name, mtime 0), so the bytes are reproducible
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Object required(Map<String, Object> props, String key) {
    return java.util.Objects.requireNonNull(props.get(key), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object o) {
    return (Map<String, Object>) java.util.Objects.requireNonNull(o);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object o) {
    return (List<Object>) java.util.Objects.requireNonNull(o);
  }

  /** Just enough JSON for GeoJSON: objects, arrays, strings, numbers, true/false/null. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    @Nullable Object value() {
      skip();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          return object();
        }
        case '[' -> {
          return array();
        }
        case '"' -> {
          return string();
        }
        case 't' -> {
          i += 4;
          return true;
        }
        case 'f' -> {
          i += 5;
          return false;
        }
        case 'n' -> {
          i += 4;
          return null;
        }
        default -> {
          return number();
        }
      }
    }

    private Map<String, @Nullable Object> object() {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      i++;
      skip();
      if (s.charAt(i) == '}') {
        i++;
        return m;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        i++; // ':'
        m.put(key, value());
        skip();
        if (s.charAt(i++) == '}') {
          return m;
        }
      }
    }

    private List<@Nullable Object> array() {
      List<@Nullable Object> l = new ArrayList<>();
      i++;
      skip();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        skip();
        if (s.charAt(i++) == ']') {
          return l;
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      i++;
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    private Double number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return Double.parseDouble(s.substring(start, i));
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
