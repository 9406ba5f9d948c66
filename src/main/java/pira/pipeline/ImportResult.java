package pira.pipeline;

import pira.model.Plan;

/** The outcome of importing one file: the plan, or the Italian reason it could not be imported. */
public record ImportResult(String file, Plan plan, String mappingId, boolean mappingChosenAutomatically,
                           String error, Failure failure) {

    /** Why a file was not imported. */
    public enum Failure {
        /** The file cannot be read at all: corrupt, protected, of another kind. */
        UNREADABLE,
        /** No mapping fits the file: a new layout. */
        NO_MAPPING,
        /** The chosen mapping does not fit the file (header or columns not found). */
        MISMATCH,
        /** The import took longer than the time allowed for one file. */
        TOO_LONG,
        /** A defect of pira. */
        UNEXPECTED
    }

    public boolean ok() {
        return plan != null;
    }
}
