package org.masthead.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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

    @Override public ConflictAnswer fileChanged(ArticleDocument mine, ArticleDocument theirs) {
        return next("fileChanged " + mine.article().displayName(), ConflictAnswer.class);
    }

    @Override public EncodingAnswer encoding(String name, String charset, boolean fits) {
        return next("encoding " + name + " " + charset + (fits ? " fits" : " does not fit"), EncodingAnswer.class);
    }

    @Override public UnsavedAnswer unsavedChanges(String name) {
        return next("unsaved " + name, UnsavedAnswer.class);
    }

    @Override public boolean replaceReadOnly(String name) {
        return next("readOnly " + name, Boolean.class);
    }

    @Override public void error(String header, String detail) {
        asked.add("error " + header + ": " + detail);
    }
}
