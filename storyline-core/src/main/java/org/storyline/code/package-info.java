/**
 * Event coding: who did what to whom, and when. Actors resolved to country codes and sectors, PLOVER event types
 * with mode and context, CAMEO codes, Goldstein scores and the date each event happened.
 */
package org.storyline.code;
