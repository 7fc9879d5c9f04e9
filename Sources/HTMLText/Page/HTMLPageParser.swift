internal import CLibXML2

/// Parses a whole HTML page into a ``PageModel`` with libxml2.
///
/// libxml2 repairs the markup as browsers do (recover mode) and reports
/// elements and text as it goes; the model is built from those events in
/// the same pass, with no tree in between. Parsing never touches the
/// network and loads nothing: no DTD, no external entity (the HTML parser
/// knows only HTML's own entities, and the process-wide entity loader is
/// replaced by one that refuses everything). Pages over ``maximumBytes``
/// are refused before parsing; elements nested deeper than
/// ``maximumDepth`` are folded into their ancestor at that depth.
public struct HTMLPageParser: Sendable {
    /// The largest page, in UTF-8 bytes, that is parsed.
    public var maximumBytes: Int
    /// The deepest nesting kept as structure.
    public var maximumDepth: Int

    public static let defaultMaximumBytes = 64 * 1024 * 1024
    public static let defaultMaximumDepth = 512

    public init(maximumBytes: Int = defaultMaximumBytes, maximumDepth: Int = defaultMaximumDepth) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }

    /// Parses `html`.
    ///
    /// - Throws: ``HTMLParseError/tooLarge(bytes:limit:)`` over the size
    ///   limit, ``HTMLParseError/empty`` when there is no markup at all.
    /// - Complexity: O(*n*) in the size of the page.
    public func parse(_ html: String) throws(HTMLParseError) -> PageModel {
        var source = html
        return try source.withUTF8(parsed).get()
    }

    /// Parses the UTF-8 markup `html`.
    public func parse(_ html: [UInt8]) throws(HTMLParseError) -> PageModel {
        try html.withUnsafeBufferPointer(parsed).get()
    }

    private func parsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<PageModel, HTMLParseError> {
        do throws(HTMLParseError) {
            return .success(try parse(bytes))
        } catch {
            return .failure(error)
        }
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(HTMLParseError) -> PageModel {
        let size = bytes.count
        guard size <= maximumBytes, size < Int(Int32.max) else {
            throw .tooLarge(bytes: size, limit: min(maximumBytes, Int(Int32.max) - 1))
        }
        let filtered = MarkupPrefilter(bytes)
        guard filtered.output.contains(where: { $0 > 0x20 }) || !filtered.jsonLD.isEmpty else { throw .empty }
        var model = filtered.output.withUnsafeBufferPointer { markup in
            Self.runParser(markup, maximumDepth: maximumDepth)
        }
        model.jsonLD = filtered.jsonLD
        model.strippedMarkup = filtered.stripped
        return model
    }

    private static let parserOptions: Int32 =
        Int32(HTML_PARSE_RECOVER.rawValue) | Int32(HTML_PARSE_NOERROR.rawValue)
        | Int32(HTML_PARSE_NOWARNING.rawValue) | Int32(HTML_PARSE_NONET.rawValue)
        | Int32(HTML_PARSE_IGNORE_ENC.rawValue) | Int32(HTML_PARSE_NODEFDTD.rawValue)

    private static func runParser(_ markup: UnsafeBufferPointer<UInt8>, maximumDepth: Int) -> PageModel {
        _ = LibXML2.initialised
        var builder = PageModelBuilder(maximumDepth: maximumDepth)
        guard let base = markup.baseAddress, markup.count > 0 else { return builder.finish() }
        let context = base.withMemoryRebound(to: CChar.self, capacity: markup.count) { chars in
            htmlCreateMemoryParserCtxt(chars, Int32(markup.count))
        }
        guard let context else { return builder.finish() }
        defer { htmlFreeParserCtxt(context) }
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in
            guard let user, let name else { return }
            user.assumingMemoryBound(to: PageModelBuilder.self).pointee.startElement(name, attributes)
        }
        handler.endElement = { user, _ in
            guard let user else { return }
            user.assumingMemoryBound(to: PageModelBuilder.self).pointee.endElement()
        }
        let text: charactersSAXFunc = { user, bytes, length in
            guard let user, let bytes, length > 0 else { return }
            user.assumingMemoryBound(to: PageModelBuilder.self).pointee.characters(
                UnsafeBufferPointer(start: bytes, count: Int(length))
            )
        }
        handler.characters = text
        handler.cdataBlock = text
        if let sax = context.pointee.sax { sax.pointee = handler }
        builder.parser = context
        // The events reach the builder through a pointer to this local
        // value: no reference counting and no dynamic exclusivity check
        // per event.
        withUnsafeMutablePointer(to: &builder) { pointer in
            context.pointee.userData = UnsafeMutableRawPointer(pointer)
            _ = htmlCtxtUseOptions(context, parserOptions)
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            _ = htmlParseDocument(context)
            context.pointee.userData = nil
        }
        builder.parser = nil
        return builder.finish()
    }
}

/// Process-wide libxml2 set-up, done once before the first parse.
enum LibXML2 {
    /// Initialises the library and replaces the external entity loader by
    /// one that loads nothing, so no parse can read a file or the network.
    static let initialised: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}
