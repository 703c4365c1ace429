package org.audioimport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"audio-import " + readVersion()};
    }

    /** The version, or "unknown" when the jar does not say (as in a build from the IDE). */
    static String version() {
        try {
            return readVersion();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String readVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/audio-import-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
