package org.masthead;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.instance.InstanceSettings;
import org.masthead.log.LogSettings;
import org.masthead.recovery.RecoveryStore;
import org.masthead.ui.AppConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The -Dmasthead.* options become one config, from properties the test makes (never the JVM's own). */
class SystemSettingsTest {

    private static Properties props(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        return p;
    }

    @Test
    void withNoOptionsTheWindowUsesTheWritersPlaces() {
        AppConfig c = SystemSettings.window(props());
        assertThat(c.recoveryFolder()).isEqualTo(RecoveryStore.defaultFolder());
        assertThat(c.prefsNode()).isEqualTo("org/masthead/app");
        assertThat(c.samplesFolder()).isEmpty();
        assertThat(c.startupTimes()).isFalse();
        assertThat(c.exitAfterStartup()).isFalse();
    }

    @Test
    void everyWindowOptionIsRead() {
        AppConfig c = SystemSettings.window(props(
                "masthead.recovery",
                "/tmp/drafts here",
                "masthead.prefs",
                "org/masthead/check",
                "masthead.samples",
                "/opt/masthead/samples",
                "masthead.startup-times",
                "true",
                "masthead.exit-after-startup",
                "true",
                "masthead.cache",
                "/tmp/cache here",
                "masthead.data",
                "/tmp/data here"));
        assertThat(c)
                .isEqualTo(new AppConfig(
                        Path.of("/tmp/drafts here"),
                        "org/masthead/check",
                        Optional.of(Path.of("/opt/masthead/samples")),
                        true,
                        true,
                        Path.of("/tmp/cache here"),
                        Path.of("/tmp/data here")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "'   '", "'\t'"})
    void aBlankRecoveryFolderMeansTheUsualOne(String blank) {
        assertThat(SystemSettings.window(props("masthead.recovery", blank)).recoveryFolder())
                .isEqualTo(RecoveryStore.defaultFolder());
    }

    /** As {@link Boolean#getBoolean} read them: only "true", in any case, is on. */
    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "True,true", "false,false", "yes,false", "1,false", "on,false", "'',false"})
    void startUpFlagsAreOnOnlyForTrue(String value, boolean on) {
        AppConfig c =
                SystemSettings.window(props("masthead.startup-times", value, "masthead.exit-after-startup", value));
        assertThat(c.startupTimes()).isEqualTo(on);
        assertThat(c.exitAfterStartup()).isEqualTo(on);
    }

    @Test
    void withNoOptionsLogsGoToTheUsersFolderFromInfoOn() {
        assertThat(SystemSettings.logging(props())).isEqualTo(new LogSettings(true, Optional.empty(), "INFO"));
    }

    @ParameterizedTest
    @CsvSource({"off,false", "OFF,false", "Off,false", "on,true", "files,true", "'',true"})
    void onlyOffTurnsTheFileLogOff(String value, boolean toFiles) {
        assertThat(SystemSettings.logging(props("masthead.log", value)).toFiles())
                .isEqualTo(toFiles);
    }

    @Test
    void theLogFolderAndLevelAreRead() {
        LogSettings s = SystemSettings.logging(
                props("masthead.log.dir", "/var/tmp/masthead logs", "masthead.log.level", "DEBUG"));
        assertThat(s).isEqualTo(new LogSettings(true, Optional.of(Path.of("/var/tmp/masthead logs")), "DEBUG"));
    }

    @Test
    void theHandOverIsOnInTheUsersRuntimeFolderUnlessTurnedOff() {
        Properties p = props("os.name", "Linux", "user.home", "/home/ann");
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", "/run/user/1000");
        assertThat(SystemSettings.instance(p, env))
                .isEqualTo(new InstanceSettings(true, Optional.of(Path.of("/run/user/1000/masthead"))));
        p.setProperty("masthead.runtime-dir", "/tmp/masthead-test-run");
        p.setProperty("masthead.single-instance", "false");
        assertThat(SystemSettings.instance(p, env))
                .isEqualTo(new InstanceSettings(false, Optional.of(Path.of("/tmp/masthead-test-run"))));
    }

    @Test
    void aTestBuildsItsOwnWindowConfig() {
        AppConfig c = AppConfig.of(Path.of("/tmp/r"), "org/masthead/test");
        assertThat(c.samplesFolder()).isEmpty();
        assertThat(c.startupTimes() || c.exitAfterStartup()).isFalse();
    }
}
