/**
 * The reliability suite: hostile and broken inputs, crash safety, concurrent use of a store, and properties of
 * the readers and of date normalisation. Slow classes ({@code *IT}) add their figures to
 * {@code target/reliability.md}.
 */
package org.storyline.reliability;
