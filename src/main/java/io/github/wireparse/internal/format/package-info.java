/**
 * Output formats: a parsed article written as wireparse's JSON
 * ({@link io.github.wireparse.internal.format.JsonArticleWriter}) or as NITF XML
 * ({@link io.github.wireparse.internal.format.NitfArticleWriter}). Reads the public model only.
 */
package io.github.wireparse.internal.format;
