/**
 * Accounts: registering users, logging in, and the bearer tokens every other call is made with.
 * Owns the user accounts, password hashing and access tokens (ports), and their use cases.
 */
package org.lynxim.application.account;
