/**
 * In-memory adapters for every out-port: real implementations, not mocks. They back the fast use-case tests and
 * are what a developer swaps in to test without a database. They keep nothing across restarts.
 */
package dev.stride.adapter.out.memory;
