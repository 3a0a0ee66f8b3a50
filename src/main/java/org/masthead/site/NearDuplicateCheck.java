package org.masthead.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.profile.SiteProfile;

/**
 * The site check the single-article checks cannot make: a list value that is another spelling of
 * one the site uses more often, as a tip at the value in the header. Articles are added as a run
 * reads them; the findings are asked for once every article is in.
 */
public final class NearDuplicateCheck {
    private final Map<Path, List<ListValues.Placed>> placed = new LinkedHashMap<>();
    private final SiteValues.Builder values = new SiteValues.Builder();
    private SiteValues built;

    /** Takes an article's list values into the site's counts. */
    public void add(Path file, Article article, SiteProfile profile) {
        if (built != null) throw new IllegalStateException("add every article before asking for findings");
        if (article.frontMatter().isEmpty()) return;
        FrontMatter fm = article.frontMatter().get();
        List<ListValues.Placed> p = ListValues.placed(fm, profile.schemaFor(fm.keys()));
        if (p.isEmpty()) return;
        placed.put(file, p);
        values.add(ListValues.of(fm, profile.schemaFor(fm.keys())));
    }

    /** The tips for an article added before, against every article added. */
    public List<Finding> findings(Path file) {
        if (built == null) built = values.build();
        return findings(placed.getOrDefault(file, List.of()), built);
    }

    /** The tips for an article's list values against a site's values. */
    public static List<Finding> findings(List<ListValues.Placed> placed, SiteValues site) {
        List<Finding> out = new ArrayList<>();
        for (ListValues.Placed p : placed) {
            Optional<NearDuplicate> d = site.nearDuplicate(p.key(), p.value());
            d.ifPresent(n -> out.add(new Finding(Severity.TIP, p.key(), p.line(), p.column(), n.message())));
        }
        return out;
    }
}
