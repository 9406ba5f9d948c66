package pira.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pira.mapping.Mapping;
import pira.model.Level;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.RowBalance;
import pira.tree.TreeBuilder;

/**
 * What the tables of one document read through one mapping add up to: one tree (an element named on two sheets is
 * one element), the notes, the indicators before any level, the years, a balance per table.
 */
final class SharedPlan {

    final List<ImportNote> notes = new ArrayList<>();
    final List<Indicator> planIndicators = new ArrayList<>();
    final Set<Integer> years = new TreeSet<>();
    final List<RowBalance> balance = new ArrayList<>();
    /** The levels of the mapping some table named. */
    final Set<Mapping.LevelSpec> seen = new java.util.HashSet<>();
    /** For the levels a table did not name, why: reported only if no table names them. */
    final Map<Mapping.LevelSpec, ImportNote> absent = new java.util.LinkedHashMap<>();
    /** The document's levels from the top where its tables are read by several sections, else null. */
    final List<Level> order;
    private TreeBuilder tree;

    SharedPlan() {
        this(null);
    }

    SharedPlan(List<Level> order) {
        this.order = order;
    }

    /** The tree of the document, made by the first table with the mapping's number of levels. */
    TreeBuilder tree(int depth) {
        if (tree == null) {
            tree = new TreeBuilder(depth, notes);
        }
        return tree;
    }

    TableMapper.Result result() {
        absent.forEach((level, note) -> {
            if (!seen.contains(level)) {
                notes.add(note);
            }
        });
        return new TableMapper.Result(tree.build(), planIndicators, notes, years, balance);
    }
}
