package org.janadesh.server.openapi;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.janadesh.server.http.Freshness;
import org.janadesh.server.http.Replies;
import org.janadesh.server.http.Representation;

/** {@code GET /api/v1/openapi.json}, built once at start. */
public final class OpenApiRoutes implements HttpService {
  private final Representation document;

  public OpenApiRoutes() {
    String version = OpenApiRoutes.class.getPackage().getImplementationVersion();
    this.document =
        Representation.json(
            OpenApiDocument.assemble(version != null ? version : "development"), Freshness.FINAL);
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/openapi.json", (req, res) -> Replies.send(req, res, document));
  }
}
