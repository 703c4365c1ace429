package org.audioimport.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The command line for running Main in a separate JVM, as a user would. {@link #withCoverage} passes on
 * this JVM's coverage agent; only for a child that ends through the JVM's normal shutdown, since the agent
 * writes its file at exit and a killed or halted child leaves it truncated.
 */
final class ChildJvm {
    private ChildJvm() {}

    static List<String> command(String... args) {
        return command(false, args);
    }

    static List<String> withCoverage(String... args) {
        return command(true, args);
    }

    private static List<String> command(boolean coverage, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        // Each child writes its own coverage file: JVMs appending to one file at once corrupt it.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> coverage && argument.startsWith("-javaagent:"))
                .map(agent -> agent.replace("jacoco.exec", "jacoco-child-" + UUID.randomUUID() + ".exec"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
