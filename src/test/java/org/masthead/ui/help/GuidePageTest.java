package org.masthead.ui.help;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide is the README for writers: the builders' sections are left out. */
class GuidePageTest {
    @Test
    void theBuildersSectionsAreLeftOutAndTheRestKept() {
        String readme = "# Masthead\n\nIntro.\n\n## Two commands\n\n    mvn -B verify\n\n## The window\n\nPanes.\n\n"
                + "## Development\n\nBuild notes.\n\n## Command line\n\nUse it.\n";
        String guide = GuidePage.forWriters(readme);
        assertThat(guide).contains("# Masthead", "Intro.", "## The window", "Panes.", "## Command line", "Use it.");
        assertThat(guide).doesNotContain("mvn -B verify", "Build notes.", "## Two commands", "## Development");
        assertThat(GuidePage.html()).doesNotContain("mvn -B verify").contains("The window");
    }
}
