package pira.inbox;

/**
 * The outcomes of the audit's lines ({@code audit.jsonl}) and of the pass's lines, in the office's words, each
 * written once: what the inbox records, what {@code status} counts and what the Giunta documents look for.
 */
final class Outcomes {

    /** A file read into a model: its original in processed/. */
    static final String IMPORTED = "importato";
    /** A file already imported (the same SHA-256): moved beside the first, not imported again. */
    static final String DUPLICATE = "duplicato";
    /** A file that could not be imported: in failed/ with its explanation. */
    static final String FAILED = "fallito";
    /** A file left for the next pass (still being written, or the pass was stopped). */
    static final String WAITING = "in attesa";
    /** A Giunta document written in reports/. */
    static final String DOCUMENT = "documento";
    /** A file that can be neither processed nor moved, left until it changes. */
    static final String QUARANTINED = "in quarantena";
    /** An entry of the inbox that is not a file to import (a link, a folder), said once. */
    static final String NOT_PROCESSED = "non elaborato";

    private Outcomes() {
    }
}
