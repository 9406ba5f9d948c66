package pira.inbox;

/** A hook between the steps of processing a file, for tests that simulate a crash at each step. */
@FunctionalInterface
public interface FailureInjector {

    FailureInjector NONE = step -> { };

    /** Called when {@code step} is about to start; throwing stops the pass there. */
    void before(String step);
}
