/** What the server tells a user's devices about changes to the user's own account (cmd 7). */
package org.lynxim.domain.notice;
