/**
 * Domain failures. Invalid values throw {@link java.lang.IllegalArgumentException} naming the
 * field; the exceptions here tell the other client mistakes apart so adapters can map each to its
 * protocol code. None of them carries a stack trace: they are answers, not bugs.
 */
package org.lynxim.domain.error;
