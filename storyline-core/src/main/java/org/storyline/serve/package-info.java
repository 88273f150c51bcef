/**
 * The story page and its JSON API: {@link org.storyline.serve.StoryServer} serves a store read-only over HTTP, with
 * the page's static files and ECharts from the classpath.
 */
package org.storyline.serve;
