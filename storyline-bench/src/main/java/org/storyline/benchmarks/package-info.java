/**
 * What the JMH benchmarks share: the example articles, annotated once and kept in a store. The benchmarks
 * themselves sit in the package of the code they measure.
 */
package org.storyline.benchmarks;
