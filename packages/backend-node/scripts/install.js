// Placeholder replaced by the native build step.
