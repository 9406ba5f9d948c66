package pira.inbox;

import java.util.List;

/**
 * What one file's processing will do, written before it does anything visible: the moves of the staged
 * outputs and of the original, and the audit event. Its presence is the commit point; applying it is
 * idempotent, so a pass interrupted at any step is completed by the next one.
 */
record Journal(String id, List<Move> outputs, Move original, AuditEvent event) {

    /** A move from a path to another, both relative to the workspace root. */
    record Move(String from, String to) {
    }
}
