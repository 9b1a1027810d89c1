package io.github.wireparse.internal.text;

/**
 * A block of the input: a paragraph-sized run of lines, trimmed of surrounding white space.
 *
 * @param start the offset of its first non-space character
 * @param end   the offset just after its last non-space character
 * @param lines how many lines it spans
 */
public record Block(int start, int end, int lines) {}
