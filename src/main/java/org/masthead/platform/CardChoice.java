package org.masthead.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platforms a writer can choose to see, each standing for its cards ({@link CardPlatform#choice()}),
 * with the short names the preferences and {@code masthead cards --platforms} use.
 */
public enum CardChoice {
    X("X"),
    FACEBOOK("Facebook"),
    LINKEDIN("LinkedIn"),
    SLACK("Slack"),
    DISCORD("Discord"),
    GOOGLE("Google"),
    BLUESKY("Bluesky"),
    MASTODON("Mastodon"),
    WHATSAPP("WhatsApp"),
    IMESSAGE("iMessage"),
    TELEGRAM("Telegram");

    private final String label;

    CardChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short name: "x", "whatsapp". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every choice, as a list of short names: what a writer who never chose sees. */
    public static String all() {
        return format(EnumSet.allOf(CardChoice.class));
    }

    public static String format(Set<CardChoice> choices) {
        return choices.stream().map(CardChoice::id).collect(Collectors.joining(","));
    }

    /**
     * The choices a list of short names names, in any case, with spaces or none; unknown names are
     * left out so an older or newer preference still reads.
     */
    public static EnumSet<CardChoice> parse(String list) {
        EnumSet<CardChoice> set = EnumSet.noneOf(CardChoice.class);
        for (String part : list.split(",")) {
            String id = part.strip();
            for (CardChoice c : values()) if (c.id().equalsIgnoreCase(id)) set.add(c);
        }
        return set;
    }

    /** The names {@link #parse} does not know, for a clear message on the command line. */
    public static Set<String> unknown(String list) {
        Set<String> known =
                EnumSet.allOf(CardChoice.class).stream().map(CardChoice::id).collect(Collectors.toSet());
        return Arrays.stream(list.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty() && !known.contains(s))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
