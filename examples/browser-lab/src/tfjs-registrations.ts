/**
 * Core imports the tfjs union package (`@tensorflow/tfjs`) for what it registers on import: flags,
 * every gradient and the chained tensor methods. Core is `sideEffects: false`, and a production
 * build drops those registrations (then "Cannot evaluate flag 'DEBUG'" on the page, "gradient
 * function not found" in training). The page and the worker import this module first.
 */
import '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
