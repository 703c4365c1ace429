/**
 * The daemon's HTTP side: the JSON API, the server-sent event stream, the Prometheus metrics and the web
 * page, on the JDK's own HTTP server. It reads the catalogue and asks the scan loop for scans; it never
 * writes the catalogue itself and never reads a path a client names outside the configured roots.
 */
package org.audioimport.http;
