/**
 * Stands in for sharp in the crash child: no save, settings write or queue write touches a photo,
 * and loading sharp's native library would be about a fifth of every child's start.
 */
export default function sharp(): never {
  throw new Error('sharp is not available in the crash child');
}
