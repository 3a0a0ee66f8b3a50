package org.masthead.cli;

/** Runs a command in this JVM for tests in other packages. */
public final class CliRunner {
    private CliRunner() {}

    public static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }
}
