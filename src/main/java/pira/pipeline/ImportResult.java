package pira.pipeline;

import java.util.List;
import pira.model.Plan;

/**
 * The outcome of importing one file: the plan, or the Italian reason it could not be imported. {@code involved}
 * names the mappings a failure is about ("id (file)"), for the advice of the path in use.
 */
public record ImportResult(String file, Plan plan, String mappingId, boolean mappingChosenAutomatically,
                           String error, Failure failure, List<String> involved) {

    /** Why a file was not imported. */
    public enum Failure {
        /** The file cannot be read at all: corrupt, protected, of another kind. */
        UNREADABLE,
        /** No mapping fits the file: a new layout. */
        NO_MAPPING,
        /** Two mappings fit the file equally well: the office must tell them apart. */
        TIE,
        /** The tables are pictures: there is no text to read without OCR. */
        IMAGES,
        /** The file has none of the words of a performance document. */
        NOT_A_PLAN,
        /** The chosen mapping does not fit the file (header or columns not found). */
        MISMATCH,
        /** The import took longer than the time allowed for one file. */
        TOO_LONG,
        /** A defect of pira. */
        UNEXPECTED
    }

    public ImportResult {
        involved = involved == null ? List.of() : List.copyOf(involved);
    }

    public ImportResult(String file, Plan plan, String mappingId, boolean mappingChosenAutomatically, String error,
                        Failure failure) {
        this(file, plan, mappingId, mappingChosenAutomatically, error, failure, List.of());
    }

    static ImportResult failed(String file, Failure failure, String error) {
        return new ImportResult(file, null, null, false, error, failure, List.of());
    }

    public boolean ok() {
        return plan != null;
    }
}
