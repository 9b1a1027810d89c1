package io.github.wireparse;

/** The direction of a page's text, as its {@code dir} attribute states it. */
public enum TextDirection {
    /** Left to right ({@code dir="ltr"}). */
    LTR,
    /** Right to left ({@code dir="rtl"}). */
    RTL,
    /** Decided by the text itself ({@code dir="auto"}). */
    AUTO
}
