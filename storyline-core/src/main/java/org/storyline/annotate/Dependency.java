package org.storyline.annotate;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies, enhanced++ relations).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name, e.g. {@code nsubj}, {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {
}
