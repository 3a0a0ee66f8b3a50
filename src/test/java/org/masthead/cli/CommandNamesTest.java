package org.masthead.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CommandNamesTest {
    @Test
    void theNamesTheLauncherReadsAreTheCommandsPicocliKnows() {
        var cli = new CommandLine(MastheadCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls != MastheadCommand.class)
                    return CommandLine.defaultFactory().create(cls);
                var c = cls.getDeclaredConstructor(
                        org.masthead.instance.InstanceSettings.class, MastheadCommand.Window.class);
                c.setAccessible(true);
                return cls.cast(c.newInstance(org.masthead.instance.InstanceSettings.off(), null));
            }
        });
        assertThat(cli.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(MastheadCommand.COMMANDS);
    }
}
