package org.storyline.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Navigation over a sentence's dependencies, which may form a graph rather than a tree (enhanced++). Immutable. */
final class DependencyGraph {
    private final List<Dependency> dependencies;

    private DependencyGraph(List<Dependency> dependencies) {
        this.dependencies = List.copyOf(dependencies);
    }

    static DependencyGraph of(List<Dependency> dependencies) {
        return new DependencyGraph(dependencies);
    }

    /** Distance of each reachable token from the root, in edges (the root itself is at 0). */
    Map<Integer, Integer> depths() {
        Map<Integer, Integer> depths = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (Dependency dependency : dependencies) {
            if (dependency.governor() < 0 && depths.putIfAbsent(dependency.dependent(), 0) == null) {
                queue.add(dependency.dependent());
            }
        }
        while (!queue.isEmpty()) {
            int token = queue.poll();
            for (Dependency dependency : dependents(token)) {
                if (depths.putIfAbsent(dependency.dependent(), depths.get(token) + 1) == null) {
                    queue.add(dependency.dependent());
                }
            }
        }
        return depths;
    }

    /** The edges going out of {@code token}. */
    List<Dependency> dependents(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (dependency.governor() == token) {
                out.add(dependency);
            }
        }
        return out;
    }

    /** The edges coming into {@code token}, the root edge excepted. */
    List<Dependency> governors(int token) {
        List<Dependency> in = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (dependency.dependent() == token && dependency.governor() >= 0) {
                in.add(dependency);
            }
        }
        return in;
    }

    /** Whether {@code token} is a root of the graph. */
    boolean isRoot(int token) {
        return dependencies.stream().anyMatch(d -> d.governor() < 0 && d.dependent() == token);
    }
}
