package org.masthead.cli;

/** Runs a command in this JVM, for tests in other packages. */
public final class CliRunner {
    private CliRunner() {}

    /** Exit code and what the command printed. */
    public record Result(int code, String out, String err) {}

    public static Result run(String... args) {
        CommandLineTest.Run r = CommandLineTest.run(args);
        return new Result(r.code(), r.out(), r.err());
    }
}
