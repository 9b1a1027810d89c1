/**
 * wireparse's internals: the text pipeline, the HTML reduction and the rule tables. Not exported
 * by the module; nothing here is API, and any of it may change in any release.
 */
package io.github.wireparse.internal;
