package org.masthead.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.masthead.recovery.Draft;

/** Answers the policies' questions from a script and records what was asked. */
final class ScriptedDialogs implements Dialogs {
    final Deque<Object> answers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    ScriptedDialogs answer(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    private <T> T next(String question, Class<T> type) {
        asked.add(question);
        Object a = answers.poll();
        if (a == null) throw new AssertionError("not scripted: " + question);
        return type.cast(a);
    }

    @Override
    public ConflictAnswer fileChanged(ArticleDocument mine, ArticleDocument theirs) {
        return next("fileChanged " + mine.article().displayName(), ConflictAnswer.class);
    }

    @Override
    public EncodingAnswer encoding(String name, String charset, boolean fits) {
        return next("encoding " + name + " " + charset + (fits ? " fits" : " does not fit"), EncodingAnswer.class);
    }

    @Override
    public UnsavedAnswer unsavedChanges(String name) {
        return next("unsaved " + name, UnsavedAnswer.class);
    }

    @Override
    public UnsavedAnswer unsavedArticles(List<String> names) {
        return next("unsaved all " + String.join(", ", names), UnsavedAnswer.class);
    }

    @Override
    public boolean replaceReadOnly(String name) {
        return next("readOnly " + name, Boolean.class);
    }

    @Override
    public boolean removeFollowed(String key, List<String> followers) {
        return next("remove " + key + " " + followers, Boolean.class);
    }

    /** A scripted answer may be a function of the drafts offered, for drafts the test cannot name beforehand. */
    @SuppressWarnings("unchecked")
    @Override
    public DraftChoice recoveredDrafts(List<Draft> drafts) {
        Object a = next(
                "drafts "
                        + String.join(
                                ", ", drafts.stream().map(Draft::displayName).toList()),
                Object.class);
        return a instanceof Function<?, ?> f ? ((Function<List<Draft>, DraftChoice>) f).apply(drafts) : (DraftChoice) a;
    }

    @Override
    public void compareDraft(Draft draft, String fileName, String onDisk) {
        asked.add("compare " + draft.displayName() + " with " + fileName + ": " + onDisk);
    }

    @Override
    public void error(String header, String detail) {
        asked.add("error " + header + ": " + detail);
    }
}
