package pira.pipeline;

import pira.model.Plan;

/** The outcome of importing one file: the plan, or the Italian reason it could not be imported. */
public record ImportResult(String file, Plan plan, String mappingId, boolean mappingChosenAutomatically,
                           String error) {

    public boolean ok() {
        return plan != null;
    }
}
