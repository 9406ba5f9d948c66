package pira.inbox;

/**
 * A simulated kill (the failure injector's, before a step): it goes through every per-file boundary untouched, as a
 * real kill would not stop at one, and a journal being completed is not set aside for it.
 */
final class SimulatedKill extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulatedKill(Throwable cause) {
        super(cause);
    }
}
