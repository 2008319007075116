package org.respnet.documents;

import java.util.List;

import org.respnet.ingest.Problem;
import org.respnet.ingest.Warning;

/** A document that cannot be imported, with every problem found; nothing was written. */
public class DocumentRejectedException extends RuntimeException {

    private final List<Problem> problems;
    private final List<Warning> warnings;

    public DocumentRejectedException(String source, List<Problem> problems, List<Warning> warnings) {
        super(source + " rejected: " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The answer's {@code detail}: a sentence for the whole refusal (the problems say what each is). */
    public String detail() {
        return "文件未能读取，未导入任何内容";
    }

    /** What was also read by guess: shown beside the problems so the user fixes everything at once. */
    public List<Warning> warnings() {
        return warnings;
    }

    public List<Problem> problems() {
        return problems;
    }
}
