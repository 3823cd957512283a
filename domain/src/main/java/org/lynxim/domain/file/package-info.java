/**
 * Files: what was uploaded (its name, type, size and content hash), who may read it, and when an
 * unnamed file expires. The bytes themselves are kept by an adapter, by their hash.
 */
package org.lynxim.domain.file;
