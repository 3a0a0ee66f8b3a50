package org.masthead.ui.help;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.masthead.ui.help.BundledLibraries.Library;

import static org.assertj.core.api.Assertions.assertThat;

/** The licences About shows follow the pom: every shipped library has one, and no entry is left over. */
class BundledLibrariesTest {

    @Test
    void theBuildListsTheLibrariesThePomDeclares() throws Exception {
        List<String> listed =
                BundledLibraries.listed().stream().map(Library::key).toList();
        assertThat(listed).as("the build writes libraries.txt").isNotEmpty();
        assertThat(listed).containsAll(declaredRuntimeDependencies());
        assertThat(listed).noneMatch(k -> k.startsWith("org.junit") || k.startsWith("org.assertj"));
    }

    @Test
    void everyShippedLibraryHasALicence() {
        Properties licenses = BundledLibraries.licenses();
        assertThat(BundledLibraries.listed()).allSatisfy(l -> assertThat(BundledLibraries.license(l, licenses))
                .as("licence of %s in licenses.properties", l.key())
                .isPresent());
    }

    @Test
    void noLicenceEntryIsLeftOverFromALibraryNoLongerShipped() {
        List<Library> listed = BundledLibraries.listed();
        for (String key : BundledLibraries.licenses().stringPropertyNames()) {
            String group = key.substring(0, key.indexOf(':'));
            boolean used = key.endsWith(":*")
                    ? listed.stream().anyMatch(l -> l.group().equals(group))
                    : listed.stream().anyMatch(l -> l.key().equals(key));
            assertThat(used)
                    .as("%s in licenses.properties matches a shipped library", key)
                    .isTrue();
        }
    }

    @Test
    void mavensListIsReadWithClassifiersOnce() {
        String list = "\nThe following files have been resolved:\n"
                + "   org.openjfx:javafx-base:jar:21.0.11:compile -- module javafx.baseEmpty [auto]\n"
                + "   org.openjfx:javafx-base:jar:linux:21.0.11:compile -- module javafx.base\n"
                + "   org.jsoup:jsoup:jar:1.21.2:compile -- module org.jsoup\n";
        assertThat(BundledLibraries.parse(list))
                .containsExactly(
                        new Library("org.openjfx", "javafx-base", "21.0.11"),
                        new Library("org.jsoup", "jsoup", "1.21.2"));
    }

    @Test
    void librariesOfAGroupShareALine() {
        assertThat(BundledLibraries.entries())
                .filteredOn(e -> e.group().equals("com.vladsch.flexmark"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.artifacts()).contains("flexmark", "flexmark-html2md-converter");
                    assertThat(e.license()).isEqualTo("BSD 2-Clause");
                });
    }

    /** groupId:artifactId of each dependency in pom.xml that is not for tests only. */
    private static List<String> declaredRuntimeDependencies() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String deps = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                .matcher(deps);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String d = m.group(1);
            if (d.contains("<scope>test</scope>")) continue;
            out.add(tag(d, "groupId") + ":" + tag(d, "artifactId"));
        }
        assertThat(out).contains("org.jsoup:jsoup", "com.vladsch.flexmark:flexmark-html2md-converter");
        return out;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
        assertThat(m.find()).isTrue();
        return m.group(1).strip();
    }
}
