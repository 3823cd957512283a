/**
 * Delivery: getting what happened to the devices that are online, on this node or another. Owns the
 * devices connecting and leaving, the presence table, this node's connections and the relay between
 * nodes.
 */
package org.lynxim.application.delivery;
