package pira.achievement;

/**
 * What a chamber chooses about the achievement its Giunta document shows (docs/calcolo.md), in {@code pira.yaml} or
 * as options of {@code pira report}.
 *
 * @param reportedTargets where the Relazione writes a target other than the plan's, judge against the Relazione's
 *                        (by default the plan's, the one the Giunta adopted)
 * @param countUnplanned  the indicators the Relazione reports and the plan does not have count in the scores of the
 *                        objectives their codes name (by default they are shown apart and count in nothing)
 * @param countDeclared   where a value cannot be judged, the outcome or percentage the document declares counts,
 *                        marked as declared (the default); else the indicator is not assessable
 */
public record Choices(boolean reportedTargets, boolean countUnplanned, boolean countDeclared) {

    public static final Choices DEFAULT = new Choices(false, false, true);
}
