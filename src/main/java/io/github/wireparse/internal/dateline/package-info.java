/**
 * The dateline stage: parses {@code CITY, Region, Mon. D (Agency) —} in all the agencies' shapes
 * into its parts, with the place tables (cities that stand alone, states, countries) and the agency
 * table (names, credits). Entry point: {@link io.github.wireparse.internal.dateline.DatelineParser}.
 */
@NullMarked
package io.github.wireparse.internal.dateline;

import org.jspecify.annotations.NullMarked;
