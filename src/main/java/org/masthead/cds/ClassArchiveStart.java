package org.masthead.cds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a start from the jar ({@code java -jar masthead.jar}) gets a class-data archive (AppCDS): a JVM
 * cannot map one it was not started with, and Java 17 has no {@code -XX:+AutoCreateSharedArchive} (19),
 * so the jar starts a second JVM that maps the archive of its command, kept in the user's cache. The
 * first run of each command has none yet: it records one as it exits, and every later run maps it.
 * Mapping the window's archive takes about half a second off its start on two cores.
 */
public final class ClassArchiveStart {
    /** Set on the second JVM, so it never starts a third. */
    public static final String RELAUNCHED = "masthead.relaunched";

    /** On the second JVM: when the first started (epoch milliseconds), from which start-up times count. */
    public static final String STARTED_AT = "masthead.started-at";

    /** {@code -Dmasthead.class-archive=false}: start in this JVM, without an archive. */
    public static final String SWITCH = "masthead.class-archive";

    /**
     * The window's JVM compiles with C1 only. On two cores the optimizing compiler's threads took a
     * core from the window while it started and while the writer first typed: measured alternated,
     * text visible 1.5–1.8 s against 2.0–2.4 s, a 10 KB article's key 14 ms against 19 ms (median),
     * a 1 MB one's p95 70 ms against 95–135 ms. Commands keep both compilers: a long batch gains
     * from the second. A writer's own choice of compilers is left as it is.
     */
    static final String WINDOW_COMPILER = "-XX:TieredStopAtLevel=1";

    /**
     * What the JVM was started with: its command line as the system has it ({@code java}, options,
     * {@code -jar}, the jar, arguments), the options the environment adds, the commands' names, where
     * archives are kept, and whether the start is switched off.
     */
    public record Inputs(
            List<String> commandLine,
            long startedAt,
            String environmentOptions,
            Set<String> commands,
            Optional<Path> archiveFolder,
            boolean switchedOff) {}

    /**
     * The second JVM's command line, the archive it maps or records, and whether it records it (then
     * to {@code recording}, moved to {@code archive} once it exited well).
     */
    public record Plan(List<String> command, Path archive, Optional<Path> recording) {}

    private ClassArchiveStart() {}

    /**
     * The second start, or none: when switched off, already relaunched, given CDS options of its
     * own, not run with {@code -jar}, asked only for help or the version, or with no cache folder.
     *
     * @param stamp the jars' identity (see {@link JarStamp}); an archive is made for one build only
     * @param exists whether an archive file is there already
     * @param pid this process's id, to name the recording so two first runs never write one file
     */
    public static Optional<Plan> plan(Inputs in, String stamp, java.util.function.Predicate<Path> exists, long pid) {
        if (in.switchedOff() || in.archiveFolder().isEmpty()) return Optional.empty();
        List<String> line = in.commandLine();
        int jar = line.indexOf("-jar");
        if (jar < 1 || jar + 1 >= line.size() || !line.get(jar + 1).endsWith(".jar")) return Optional.empty();
        List<String> options = line.subList(1, jar);
        for (String a : options) {
            if (a.startsWith("-D" + RELAUNCHED) || ownsArchive(a)) return Optional.empty();
        }
        if (ownsArchive(in.environmentOptions())) return Optional.empty();
        List<String> args = line.subList(jar + 2, line.size());
        Optional<String> mode = mode(args, in.commands());
        if (mode.isEmpty()) return Optional.empty();
        Path archive = in.archiveFolder().get().resolve("masthead-" + mode.get() + "-" + stamp + ".jsa");
        Optional<Path> recording = exists.test(archive)
                ? Optional.empty()
                : Optional.of(archive.resolveSibling(archive.getFileName() + "." + pid + ".part"));
        List<String> cmd = new ArrayList<>();
        cmd.add(line.get(0));
        cmd.addAll(options);
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-D" + STARTED_AT + "=" + in.startedAt());
        // An archive from another build is refused by the JVM, which then starts without it: no warning for that.
        cmd.add("-Xlog:cds*=off");
        cmd.add(recording.map(r -> "-XX:ArchiveClassesAtExit=" + r).orElse("-XX:SharedArchiveFile=" + archive));
        boolean ownCompiler = options.stream().anyMatch(ClassArchiveStart::choosesCompiler)
                || choosesCompiler(in.environmentOptions());
        if (mode.get().equals("window") && !ownCompiler) cmd.add(WINDOW_COMPILER);
        cmd.addAll(line.subList(jar, line.size()));
        return Optional.of(new Plan(List.copyOf(cmd), archive, recording));
    }

    private static boolean choosesCompiler(String option) {
        return option.contains("TieredStopAtLevel") || option.contains("TieredCompilation");
    }

    /** CDS options of its own: the installed package maps its archive, a writer may have chosen another. */
    private static boolean ownsArchive(String option) {
        return option.contains("SharedArchiveFile")
                || option.contains("ArchiveClassesAtExit")
                || option.contains("-Xshare")
                || option.contains("UseSharedSpaces");
    }

    /**
     * The archive's name for these arguments: "window", or the command's name. Help and version, or
     * arguments the window does not take, get none: an archive recorded by such a short run would
     * serve the real ones badly.
     */
    static Optional<String> mode(List<String> args, Set<String> commands) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))
                return Optional.empty();
        }
        if (!args.isEmpty() && commands.contains(args.get(0))) return Optional.of(args.get(0));
        List<String> rest = new ArrayList<>(args);
        rest.remove("--new-instance");
        if (rest.size() > 1 || (rest.size() == 1 && rest.get(0).startsWith("-"))) return Optional.empty();
        return Optional.of("window");
    }
}
