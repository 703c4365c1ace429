package org.audioimport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.cli.Json;
import org.junit.jupiter.api.Test;

/** The event stream over real HTTP on loopback: keepalive comments, the greeting first, and a clean end. */
class EventHubTest {
    @Test
    void anIdleStreamGetsKeepaliveCommentsAndAPublishedEventArrivesAfterTheGreeting() throws Exception {
        EventHub hub = new EventHub(Duration.ofMillis(200), 4);
        List<EventHub.Event> greeting =
                List.of(new EventHub.Event("scan-started", Json.object().put("trigger", "api")));
        try (ApiServer server = ApiServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        null,
                        List.of(new Route("GET", "/api/events", request -> new Reply.Events(greeting))),
                        hub);
                HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<java.io.InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            assertEquals(
                    "text/event-stream; charset=utf-8",
                    response.headers().firstValue("Content-Type").orElseThrow());

            List<String> seen = new ArrayList<>();
            for (String line = lines.readLine(); !line.equals(": keepalive"); line = lines.readLine()) {
                seen.add(line);
            }
            hub.publish("progress", Json.object().put("state", "scanning"));
            String line = lines.readLine();
            while (!line.startsWith("event: ")) {
                assertTrue(line.isEmpty() || line.startsWith(":"), line);
                line = lines.readLine();
            }

            assertTrue(seen.contains("event: scan-started"), "the greeting came first: " + seen);
            assertEquals("event: progress", line);
            assertTrue(lines.readLine().startsWith("data: {"));
            hub.close();
            for (String rest = lines.readLine(); rest != null; rest = lines.readLine()) {
                assertTrue(rest.isEmpty() || rest.startsWith("data: ") || rest.startsWith(":"), rest);
            }
        }
    }

    @Test
    void aClientBeyondTheLimitEndsTheOldestStreamAndAClosedHubRefusesWithA503() throws Exception {
        EventHub hub = new EventHub(Duration.ofSeconds(15), 1);
        try (ApiServer server = ApiServer.start(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        null,
                        List.of(new Route("GET", "/api/events", request -> new Reply.Events(List.of()))),
                        hub);
                HttpClient client = HttpClient.newHttpClient()) {
            URI events = URI.create("http://127.0.0.1:" + server.port() + "/api/events");
            BufferedReader oldest = open(client, events);
            assertEquals(": connected", oldest.readLine());

            BufferedReader newcomer = open(client, events);

            assertEquals(": connected", newcomer.readLine());
            assertEquals("", oldest.readLine());
            assertEquals(null, oldest.readLine(), "the oldest stream was ended to make room");
            hub.close();
            HttpResponse<String> refused =
                    client.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, refused.statusCode());
            assertTrue(refused.body().contains("the daemon is stopping"), refused.body());
        }
    }

    private static BufferedReader open(HttpClient client, URI events) throws Exception {
        HttpResponse<java.io.InputStream> response =
                client.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}
