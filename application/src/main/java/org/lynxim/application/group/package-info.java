/**
 * Groups: creating them, reading them, adding and removing members. Owns the group store and the
 * use cases that change a membership; the rules of who may do what live on the domain Group.
 */
package org.lynxim.application.group;
