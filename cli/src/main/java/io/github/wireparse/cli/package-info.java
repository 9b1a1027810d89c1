/**
 * The {@code wireparse} command-line tool (picocli): reads files, folders, standard input and web
 * archives, and writes what {@link io.github.wireparse.cli.Main} was asked for. Not exported.
 */
@NullMarked
package io.github.wireparse.cli;

import org.jspecify.annotations.NullMarked;
