package org.audioimport.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Whether stderr is a terminal. Since JDK 22 System.console() is non-null even when output is piped, and
 * Console.isTerminal() is not in the Java 21 API this builds against, so libc's isatty answers.
 */
final class Terminal {
    private static final int STDERR = 2;

    private Terminal() {}

    static boolean stderrIsTerminal() {
        try {
            return LibC.INSTANCE.isatty(STDERR) == 1;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int isatty(int fd);
    }
}
