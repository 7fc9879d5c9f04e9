#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the two strings hold the same UTF-8 bytes (not merely
    /// canonically equivalent text, which `==` accepts): one comparison of
    /// their storage, answered at once when they share it or differ in
    /// length.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length; O(1) for shared storage.
    func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var left = self
        var right = other
        return left.withUTF8 { left in
            right.withUTF8 { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return left.count == right.count }
                return a == b || memcmp(a, b, left.count) == 0
            }
        }
    }
}
