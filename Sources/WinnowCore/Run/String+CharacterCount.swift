extension String {
    /// `count`, the number of characters, found without breaking the text
    /// into grapheme clusters when it is all ASCII: then every byte is a
    /// character except the line feed of a carriage return and line feed
    /// pair, which is one character with it.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    var characterCount: Int {
        var text = self
        let ascii: Int? = text.withUTF8 { utf8 in
            var pairs = 0
            var previous: UInt8 = 0
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                if byte == 0x0A, previous == 0x0D { pairs += 1 }
                previous = byte
            }
            return utf8.count - pairs
        }
        return ascii ?? count
    }
}
