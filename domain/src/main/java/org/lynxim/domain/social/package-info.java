/** Friends and blocks: how two users stand with each other. */
package org.lynxim.domain.social;
