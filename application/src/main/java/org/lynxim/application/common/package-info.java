/** What every feature shares and none owns: the failure that says a dependency is down for now. */
package org.lynxim.application.common;
