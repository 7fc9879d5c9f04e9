/// The boilerplate rules winnow ships with, by name.
///
/// Line rules match one trimmed line at a time, case-insensitively, and only
/// lines up to `maxLength` characters (noise lines are short; this keeps a
/// long paragraph that happens to mention a newsletter). Contextual rules
/// look at neighbouring lines and are implemented in their own types.
enum BuiltInBoilerplateRules {
    /// How a built-in rule finds its lines.
    enum Kind: Sendable {
        /// Any of these regular expressions matches the line.
        case line(patterns: [String], maxLength: Int)
        /// Implemented by a type that looks at neighbouring lines.
        case contextual
    }

    struct Rule: Sendable {
        let name: String
        let summary: String
        let kind: Kind
        /// Whether a line removed by this rule marks the start of a page
        /// footer, after which ``FooterTail`` removes the remaining short
        /// lines.
        let startsFooter: Bool

        /// The family of noise this rule removes, for the report.
        var removalKind: RemovalKind {
            switch name {
            case "advertisement": .advertisement
            case "video-embed": .embed
            case "read-more": .relatedLinks
            case "photo-caption", "site-suffix": .caption
            case "copyright": .credit
            default: .furniture
            }
        }
    }

    static let all: [Rule] = [
        Rule(
            name: "advertisement",
            summary:
                "Ad markers (\"Advertisement\", \"Story continues below advertisement\", \"Sponsored content\") and the short promotion right under a sponsor label.",
            kind: .line(
                patterns: [
                    #"^(?:advertisements?|advertising|advertisement feature|ads?|sponsored(?: content| links?| stories| posts?| by .{1,40})?|paid (?:content|post|partnership|for by .{1,40})|promoted(?: content| stories| links)?|partner content|(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|ad|advert|video|sponsor message))?|continue reading(?: below| the main story| after (?:the |this )?(?:ad|advertisement))?|(?:skip|close) (?:this )?ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklame|reklama)\W*$"#
                ], maxLength: 90),
            startsFooter: false),
        Rule(
            name: "video-embed",
            summary:
                "Video embeds: \"Click to play video: '…'\" and the title line after it, \"WATCH: …\", player messages.",
            kind: .line(
                patterns: [
                    #"^(?:click|tap|press) (?:here )?to (?:play|watch|view|see) (?:the )?video\b"#,
                    #"^(?:watch|video|videos|listen|audio|watch live|live video|play video|podcast)\s*[:|▶►]\s*\S"#,
                    #"^[▶►]\s*\S"#,
                    #"^\[?(?:embedded (?:video|content)|video|audio)\]?$"#,
                    #"^(?:video player is loading\.?|this video (?:is|has been) (?:no longer available|removed|unavailable)|your browser does not support (?:the )?(?:video|audio).*|play video|replay video|watch again|now playing)\W*$"#,
                ], maxLength: 300),
            startsFooter: false),
        Rule(
            name: "read-more",
            summary: "\"Read more:\" and \"Related:\" lines and the link lists under such headings.",
            kind: .line(
                patterns: [
                    "^" + readMoreHeadings + #"\s*[:»›>|\-–—]+\s*\S"#
                ], maxLength: 300),
            startsFooter: true),
        Rule(
            name: "photo-caption",
            summary:
                "Photo captions and credits (a line ending in \"(Name/Agency)\", \"Photo: …\", \"… Getty Images\") and the image's alt text right above one.",
            kind: .line(
                patterns: [
                    #"\((?:[^()]*\S/\S[^()]*|[^()]*\b(?:photos?|photograph|photographer|image|picture|foto|credit|courtesy|file|handout|getty|shutterstock|afp|reuters|epa|alamy|ap photo|pool|istock)\b[^()]*)\)\s*\.?$"#,
                    #"^(?:photo|photos|photograph|image|picture|foto|fotos|pictured|caption|credit|photo credit|image credit|file photo|illustration|above|top|left|right)\s*[:|]\s*\S"#,
                    #"(?:^|[.!?]\s)\s*(?:photo|photograph|image|foto|picture)(?: credit)?\s*(?:by|:)\s*[^.!?]{2,80}$"#,
                    #"(?:getty images|shutterstock|ap photo(?:/[^)]{1,40})?|via getty|reuters/[\w .]{2,40}|epa-efe|istock(?:photo)?|afp photo)\s*\.?$"#,
                ], maxLength: 500),
            startsFooter: false),
        Rule(
            name: "share",
            summary: "Sharing and follow buttons: \"Share this article\", \"Share on Facebook\", \"Partager\", \"Compartir\".",
            kind: .line(
                patterns: [
                    #"^(?:share(?: this)?(?: article| story| post| page| video| link)?(?: (?:on|via|to|with) .{1,30})?|tweet(?: this)?|e-?mail(?: this)?(?: article| story| link)?|print(?: this)?(?: article| story| page)?|copy(?: the)? link|link copied|save (?:article|story|for later)|gift (?:this )?article|partager(?: cet article| sur .{1,30}| l'article| par e-?mail)?|compartir(?: en .{1,30}| este artículo| esta noticia| por e-?mail)?|compartilh(?:e|ar)(?: .{1,30})?|condividi(?: .{1,30})?|(?:diesen )?artikel teilen|teilen(?: sie)?(?: diesen artikel| auf .{1,30})?|redes sociais.*|social media|follow us(?: on .{1,40})?|follow @\S+.*|suivez-nous.*|síguenos.*|siga-nos.*|folgen sie uns.*)\W*$"#,
                    #"^(?:(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|print|copy link|messenger|flipboard|threads|bluesky|mastodon|tumblr|sms)[\s,|·•/]*){2,}$"#,
                ], maxLength: 90),
            startsFooter: true),
        Rule(
            name: "newsletter",
            summary: "Newsletter and subscription prompts, in English, French, Spanish, Portuguese, German and Italian.",
            kind: .line(
                patterns: [
                    #"^(?:sign up|subscribe|join|get|receive|register|don't miss|never miss|want|quer receber|receba|assine|inscreva-se|suscr[ií]bete|reg[ií]strate|recibe|abonnez-vous|inscrivez-vous|recevez|abonnieren sie|melden sie sich|iscriviti|ricevi)\b.{0,200}\b(?:newsletters?|inbox|e-?mails?|boletín|boletim|infolettre|updates|alerts|digest|briefing)\b"#,
                    #"^.{0,100}\b(?:newsletters?|infolettres?|boletín|boletines|boletim)\b.{0,100}$"#,
                    #"^jetzt\b.{0,40}\babonnieren\W*$"#,
                ], maxLength: 260),
            startsFooter: true),
        Rule(
            name: "comments",
            summary: "Comment widgets: \"Comments (12)\", \"Leave a comment\", \"Comments are closed\".",
            kind: .line(
                patterns: [
                    #"^(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti|replies)(?:\s*\(\d+\)|\s*[:-]?\s*\d+)?\W*$"#,
                    #"^\d+\s+(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti|replies)\W*$"#,
                    #"^(?:view|show|hide|load|read|see|add|post|leave|write|open)(?: all| the| your| a| more)?(?: \d+)? (?:comments?|replies)\b.{0,40}$"#,
                    #"^join the (?:conversation|discussion|debate)\b"#,
                    #"\bcomments? (?:section |thread )?(?:is |are |has been |have been )?(?:now )?(?:closed|disabled|turned off)\b"#,
                    #"\b(?:our|the) comments? section\b"#,
                    #"^(?:be the first to comment|no comments yet|conversation|discussion)\W*$"#,
                ], maxLength: 400),
            startsFooter: true),
        Rule(
            name: "report-error",
            summary: "Correction prompts: \"Do you want to report an error or a typo? Click here!\".",
            kind: .line(
                patterns: [
                    #"^(?:do you want to |want to |would you like to |help us |please |click here to |to )?(?:report|submit|send us) an? (?:error|typo|correction|mistake)"#,
                    #"^(?:have you |you )?(?:spotted|found|seen|noticed?|see) an? (?:error|typo|mistake)(?: in (?:this|the|our) (?:article|story|report))?\s*[?!]"#,
                    #"\b(?:report an? (?:error|typo)|an? (?:error|typo|mistake))\b.{0,40}\b(?:click here|let us know|contact us|tell us|email us|write to us)\b"#,
                    #"^(?:our )?corrections? policy\b"#,
                    #"^(?:signaler une erreur|reportar un error|relatar um erro|fehler (?:melden|gefunden))"#,
                ], maxLength: 200),
            startsFooter: true),
        Rule(
            name: "copyright",
            summary: "Copyright and rights lines: \"© 2026 …\", \"All rights reserved\".",
            kind: .line(
                patterns: [
                    #"^(?:©|\(c\)\s|copyright\b)"#,
                    #"\b(?:all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati)\b"#,
                    #"\bmay not be (?:published|reproduced|republished|copied),? (?:broadcast|distributed|rewritten)"#,
                ], maxLength: 250),
            startsFooter: true),
        Rule(
            name: "taxonomy",
            summary: "Category and tag lists: \"Categories: …\", \"Tags: …\", \"Filed under: …\".",
            kind: .line(
                patterns: [
                    #"^(?:categories|category|tags?|tagged(?: with)?|filed under|topics?|keywords|themen|schlagwörter|schlagworte|étiquettes|mots-clés|catégories|etiquetas|categorías|temas|categorias|palavras-chave|argomenti)\s*:"#
                ], maxLength: 300),
            startsFooter: true),
        Rule(
            name: "navigation",
            summary: "Navigation leftovers: \"Back to top\", \"Skip to content\", \"Next article\", \"Load more\".",
            kind: .line(
                patterns: [
                    #"^(?:back to top(?: button)?|return to top|go to top|scroll to top|top of page|skip to (?:main )?content|skip navigation|next (?:article|story|post)|previous (?:article|story|post)|prev|menu|close|search|home|sections|haut de page|retour en haut|volver arriba|ir arriba|voltar ao topo|nach oben|zurück nach oben|torna su|load more|show more|more stories|see more|view more|loading\W*|open in (?:the )?app|download (?:our|the) app.*|get the app.*)\W*$"#
                ], maxLength: 70),
            startsFooter: true),
        Rule(
            name: "cookie-notice",
            summary: "Cookie and consent banners.",
            kind: .line(
                patterns: [
                    #"\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|manage (?:cookie|consent|privacy) (?:settings|preferences)|nous utilisons des cookies|utilizamos cookies|wir verwenden cookies)\b"#
                ], maxLength: 400),
            startsFooter: true),
        Rule(
            name: "paywall",
            summary: "Subscriber prompts: \"Already a subscriber?\", \"Subscribe to continue reading\".",
            kind: .line(
                patterns: [
                    #"^(?:subscribe (?:now )?to (?:read|continue|unlock).*|this (?:article|content|story) is (?:for|available to|reserved for) (?:subscribers|members)(?: only)?.*|already a (?:subscriber|member)\??.*|log ?in to (?:read|continue).*|create (?:a free|an) account.*|(?:start|try) your free trial.*)$"#
                ], maxLength: 200),
            startsFooter: true),
        Rule(
            name: "site-suffix",
            summary:
                "Image alt texts tagged with the site's name: short lines that end in the same \"-Outlet-Region\" suffix.",
            kind: .contextual, startsFooter: false),
        Rule(
            name: "footer-tail",
            summary: "After a footer line near the end (share, newsletter, comments, …), the short lines that follow it.",
            kind: .contextual, startsFooter: false),
    ]

    static var names: [String] { all.map(\.name) }

    /// The headings of link lists ("Read more", "Related", "Lire aussi", …),
    /// shared by the `read-more` line rule and ``ReadMoreBlock``.
    static let readMoreHeadings =
        #"(?:read more|read also|read next|more reading|related(?: stories| articles| coverage| content| links| news| posts| reading| topics| videos?)?|more on this(?: story| topic)?|see also|also read|also see|also on [\w .]{1,30}|more from [\w .'’&-]{1,40}|recommended(?: reading| for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) also (?:like|be interested in)|popular (?:now|stories)|top stories|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lea también|lee también|le puede interesar|te puede interesar|leia também|leia mais|veja também|lesen sie auch|mehr zum thema|auch interessant|leggi anche|artigos relacionados|artículos relacionados|articles liés|articles connexes|notícias relacionadas|noticias relacionadas|ähnliche artikel|verwandte artikel)"#
}
