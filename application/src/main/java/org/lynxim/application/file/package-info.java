/**
 * Files: uploads streamed to storage, downloads and thumbnails for those who may read them, the
 * uploader's list, and the sweep of files nothing names.
 */
package org.lynxim.application.file;
