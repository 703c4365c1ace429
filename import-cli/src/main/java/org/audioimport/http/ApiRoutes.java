package org.audioimport.http;

import java.util.List;

/** Every endpoint, one line each: the whole API at a glance. A new endpoint is a handler and a line here. */
final class ApiRoutes {
    private ApiRoutes() {}

    static List<Route> of(CatalogueEndpoints catalogue, ScanEndpoints scans, DaemonMetrics metrics, StaticFiles page) {
        return List.of(
                new Route("GET", "/", page::page),
                new Route("GET", "/static/{name}", page::asset),
                new Route("GET", "/healthz", scans::health),
                new Route("GET", "/metrics", request -> metrics.scrape()),
                new Route("GET", "/api/status", scans::status),
                new Route("GET", "/api/events", scans::events),
                new Route("POST", "/api/scans", scans::startScan),
                new Route("POST", "/api/scans/current/cancel", scans::cancel),
                new Route("GET", "/api/files", catalogue::files),
                new Route("GET", "/api/files/{id}", catalogue::file),
                new Route("GET", "/api/files/{id}/similar", catalogue::similar),
                new Route("GET", "/api/files/{id}/levels", catalogue::levels),
                new Route("GET", "/api/files/{id}/playlist", catalogue::playlist),
                new Route("GET", "/api/failed", catalogue::failed),
                new Route("GET", "/api/duplicates", catalogue::duplicates));
    }
}
