/**
 * Timeline summarisation benchmark on the Timeline17 (T17) layout: reading topics, their articles and reference
 * timelines, annotating once into a store, giving the summarizer the constraints news-tls gives it, and scoring the
 * timelines with the field's timeline ROUGE and Date-F1.
 */
package org.storyline.eval.tls;
