/// The boilerplate rules winnow ships with, by name: one rule per family of
/// noise, each with the ``RemovalKind`` the report files it under.
///
/// Line rules match one trimmed line at a time, case-insensitively, and only
/// lines up to `maxLength` Unicode scalars (noise lines are short; this
/// keeps a long paragraph that happens to mention a newsletter). Their
/// patterns are written for the family, not for one site's wording: word
/// order, optional words, casing, punctuation and the common languages.
/// Each pattern has a ``LineGate`` that most lines fail, so few lines reach
/// a regular expression. Contextual rules (structural detectors) look at
/// neighbouring lines and are implemented in their own types.
enum BuiltInBoilerplateRules {
    /// How a built-in rule finds its lines.
    enum Detector: Sendable {
        /// Any of these patterns matches the line.
        case line(patterns: [Pattern], maxLength: Int)
        /// Implemented by a type that looks at neighbouring lines.
        case contextual
    }

    /// A case-insensitive regular expression and the gate a line must pass
    /// before it runs.
    struct Pattern: Sendable {
        let regex: String
        let gate: LineGate
        /// For a pattern anchored at the line's end whose match needs no
        /// text before it and is at most this many UTF-16 units long: the
        /// regex searches only the line's last units.
        let searchedTail: Int?

        init(_ regex: String, _ gate: LineGate, searchedTail: Int? = nil) {
            self.regex = regex
            self.gate = gate
            self.searchedTail = searchedTail
        }
    }

    struct Rule: Sendable {
        let name: String
        /// The family of noise this rule removes, for the report.
        let kind: RemovalKind
        let summary: String
        let detector: Detector
        /// Whether a line removed by this rule marks the start of a page
        /// footer, after which ``FooterTail`` removes the remaining short
        /// lines.
        let startsFooter: Bool
    }

    static let digits = (0...9).map(String.init)

    /// Share buttons' actions and services, and the words a button row
    /// puts around them (see the `share` rule).
    static let shareActions =
        "share|sharing|compartilhe|compartilhar|copiar (?:o )?link|tweet|facebook|twitter|x|whatsapp|linkedin|e-?mail|mail|reddit|pinterest|telegram|messenger|flipboard|threads|bluesky|mastodon|tumblr|sms|viber|wechat|instagram|print|imprimir|imprimer|drucken|stampa|save|salvar|guardar|sauvegarder|speichern|merken|salva|opslaan|spara|lagre|dela|skriv ut|skriv ud|udostępnij|skomentuj|drukuj|zapisz|kopiuj link|comentar|comenta|kopiera länk(?:en)?|kopier lenke|bookmark|copy link|copy url|copiar enlace|copier le lien|link kopieren|partager|partage|compartir|comparte|regresar arriba|ir arriba|subir|compartilhar|partilhar|partilhe|compartilhe|teilen|nach oben|back to top|to top|haut de page|volver arriba|voltar ao topo|torna su|condividi|correo|courriel|enviar por (?:correo|e-?mail)|envoyer par (?:e-?mail|courriel)|per e-?mail senden"
    static let shareFillers =
        "this|the|article|story|post|page|link|on|via|to|with|by|is|caring|it|now|us|or|and|cet|en|sur|par|por|auf|per|su|este|esta|artículo|artigo|artikel|diesen|nota|noticia|notícia|comments?|commenti|comentarios|kommentare|artikeln|sidan|nyheten|artikkelen|\\d{1,5}"

    static let all: [Rule] = [
        Rule(
            name: "advertisement",
            kind: .advertisement,
            summary:
                "Ad markers in their wordings and languages (\"Advertisement\", \"AD\", \"Story continues below advertisement\", \"Continue reading the main story\", \"Sponsored content\", \"Anzeige\", \"Publicité\") and the short promotion right under a sponsor label.",
            detector: .line(
                patterns: [
                    Pattern(
                        "^\\W*(?:" + adMarkers + #")(?:\s*[-–—|·•:/)\]]+\s*(?:"# + adMarkers + #"))?\W*$"#,
                        .prefix([
                            "ad", "report", "sponsor", "paid", "promot", "partner", "content", "story", "presented",
                            "brought", "match report", "coverage",
                            "in partnership", "in association", "the ", "article", "text", "piece", "page", "continu",
                            "scroll",
                            "skip", "close", "hide", "remove", "anzeige", "werbung", "publici", "pubblicit", "reklam",
                            "reclame",
                            "annons", "mainos", "реклама", "広告", "광고", "la ", "suite", "l'", "l’", "el ", "sigue",
                            "weiterlesen",
                            "der ", "artikel", "lesen", "a matéria", "o texto", "lees", "het ", "verhaal", "anuncio",
                            "annonc",
                            "gesponsert", "contenido", "conteúdo", "contenu", "contenuto", "patrocinado", "sponsoris",
                            "continúa", "content from", "continue a ler", "esta ", "este ", "annuncio", "messaggio",
                            "spazio",
                            "inserzione", "gesponsord", "patalastas", "artikeln", "texten", "nyheten", "artikkelen",
                            "artiklen", "dalsz", "ciąg", "artykuł", "tekst ", "continúa leyendo", "sigue leyendo",
                            "iklan",
                        ])
                    ),
                    // Lone markers in more languages, gated apart so that the
                    // lines the pattern above admits ("The …") never try them.
                    Pattern(
                        #"^\W*(?:patrocinio|patrocinado por [^.!?]{1,40}|fógra(?:íocht)?|advertensies?|geborg(?:de inhoud)?|hysbyseb(?:ion)?|reklaam|hirdetés|publicitate|reclamă|publicitat|oglas(?:i)?|inzerce|auglýsing|tangazo|quảng cáo|διαφήμιση|विज्ञापन|إعلان|פרסומת|广告|廣告)\W*$"#,
                        .prefix([
                            "patrocin", "fógra", "advertensie", "geborg", "hysbyseb", "reklaam", "hirdet", "publicitat",
                            "reclam", "oglas", "inzerce", "auglýs", "tangazo", "quảng", "διαφήμ", "विज्ञापन", "إعلان",
                            "פרסומת", "广告", "廣告",
                        ])
                    ),
                    Pattern(
                        #"^\W*(?:sponsored|promoted|advertisement|advert|ad|paid content|partner content|anzeige|werbung|publicidad|publicité|publicidade|pubblicità|(?:conteúdo|contenido) patrocinado|patrocinado|contenu sponsorisé|sponsorisé|contenuto sponsorizzato|gesponsert)(?:\s*[·•|:–—]|[\])])\s*\S.{0,120}$"#,
                        .prefix([
                            "sponsored", "promoted", "ad", "paid", "partner", "anzeige", "werbung", "publicidad",
                            "publicité", "publicidade", "pubblicit", "conteúdo", "contenido", "patrocinado", "contenu",
                            "sponsoris", "contenuto", "gesponsert",
                        ])
                    ),
                    // Ad-free upsells and ad notices: "Werbung ausblenden?
                    // Jetzt … testen", "Go ad-free", "Adverts help pay for
                    // our journalism"; never a sentence ending in a full stop.
                    Pattern(
                        #"^\W*(?!.*\.["”’]?$)(?:(?:werbung|anzeigen) (?:ausblenden|entfernen|abschalten)|werbefrei(?: lesen| surfen)?|ohne werbung (?:lesen|weiterlesen)|(?:go|read|browse|get) (?:ad-? ?free|without ads)|ad-? ?free(?: reading| experience| version)?|(?:hide|remove|block|turn off) (?:all )?ads|lire sans publicité|sans publicité|sin publicidad|leer sin anuncios|sem (?:anúncios|publicidade)|senza pubblicità|bez reklam|(?:ads|adverts|advertising|advertisements) (?:help|helps|keep|keeps|support|supports|fund|funds) (?:to )?(?:pay for |fund |support |keep )?(?:(?:our|this|the|free|independent|local) ){1,2}(?:journalism|reporting|site|website|newsroom|content|work|paper))\b.{0,60}$"#,
                        .prefix([
                            "werbung", "anzeigen", "werbefrei", "ohne", "go ", "read", "browse", "get", "ad", "hide",
                            "remove", "block", "turn off", "lire", "sans", "sin ", "leer", "sem ", "senza", "bez",
                        ])
                    ),
                    // The site's own ad sales link: "Advertise with us",
                    // "Advertise with the Herald", "Advertising enquiries".
                    Pattern(
                        #"^\W*(?:advertise (?:with|on|in) (?:us|the (?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z0-9])[\w'’&.-]*){0,3})|advertis(?:ing|ement) (?:enquiries|inquiries|sales|opportunities|rates)|(?:untuk )?pengiklanan\b.{0,80}|beriklan (?:dengan|di) .{1,40}|(?:pour )?annoncer (?:dans|sur|avec|chez) [^.!?:]{1,40}?|annoncez (?:avec|chez|dans|sur) [^.!?:]{1,40}?|(?:para )?anunciar(?:se)? (?:en|con) [^.!?:]{1,40}?|anúnciese(?: con nosotros| aquí)?|anuncie (?:conosco|aqui|no|na) ?[^.!?:]{0,40}?|werben (?:sie )?(?:bei|im|in|auf|mit) [^.!?:]{1,40}?|adverteren (?:bij|in|op) [^.!?:]{1,40}?|pubblicità su [^.!?:]{1,40}?|tangaza nasi|tangaza (?:na|katika) [^.!?:]{1,40}?|hysbysebu gyda ni|hysbysebwch (?:gyda ni|yn|ar) ?[^.!?:]{0,40}?)(?:\s*[:|·•–—-]\s*(?:[\w.+-]+@[\w.-]+|\+?[\d ().-]{6,20}))?\W*$"#,
                        .prefix([
                            "advertis", "untuk", "pengiklanan", "beriklan", "pour annoncer", "annonc", "para anunciar",
                            "anunci", "anúnc", "werben", "adverteren", "pubblicità", "tangaza", "hysbyseb",
                        ])
                    ),
                ],
                maxLength: 90
            ),
            startsFooter: false
        ),
        Rule(
            name: "video-embed",
            kind: .embed,
            summary:
                "Video embeds: \"Click to play video: '…'\" and the title echoed after it, \"WATCH: … – <date>\", player and social-embed messages.",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:click|tap|press|select) (?:here )?to (?:play|watch|view|see|open|start)(?: (?:the |this )?video\b|\s*:)"#,
                        .prefix(["click", "tap", "press", "select"])
                    ),
                    Pattern(
                        #"^(?:watch|video|videos|watch live|live video|play video|watch now|watch video|watch the video|now playing|vidéo|vídeo|video (?:ansehen|starten|abspielen)|regarder(?: la vidéo)?|lancer la vidéo|bekijk (?:de |deze |hier de )?video|kijk (?:de |hier de )?video|panoorin(?: ang video)?|guarda il video|mira el v[ií]deo|ver vídeo|ver video|mira|zobacz(?: wideo| film)?|obejrzyj(?: wideo| film)?|wideo|assista(?: ao vídeo)?|assistir(?: ao vídeo)?|(?:press|hit|tap|click) play)\s*(?:[:|▶►▸›»–—]|\s-(?!.*[.!?]["”’]?$))\s*\S"#,
                        .prefix([
                            "watch", "video", "live", "play", "now", "vid", "víd", "regarder", "ver ", "assista",
                            "assistir",
                            "lancer", "press", "hit", "tap", "click", "bekijk", "kijk", "panoorin", "guarda", "mira",
                            "zobacz", "obejrzyj",
                            "wideo",
                        ])
                    ),
                    Pattern(#"^[▶►⏵▷]\s*\S"#, .contains(["▶", "►", "⏵", "▷"])),
                    // A video link that ends in its length after a mark:
                    // "Watch our unboxing ▸ 3:04", "Video | The final lap (1:12)".
                    Pattern(
                        #"^\W*(?:watch|video|vídeo|vidéo|wideo|panoorin|guarda|mira|bekijk|kijk)\b[^.!?]{2,100}?\s*(?:[▸▶►›»·•|–—-]\s*[(\[]?|[(\[])\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?)?\s*[)\]]?\W*$"#,
                        .all([
                            .prefix([
                                "watch", "video", "víd", "vid", "wideo", "panoorin", "guarda", "mira", "bekijk", "kijk",
                            ]),
                            .tail(within: 12, [":"]),
                        ])
                    ),
                    // A video link with its call: "🎥 Her best moments – watch now".
                    Pattern(
                        #"^(?=.{8,200}$).*\S\s*[—–|:-]\s*(?:watch (?:now|here|the video|video|in full|it here)|play video|video)\W*$"#,
                        .tail(within: 24, ["watch", "video"]),
                        searchedTail: 40
                    ),
                    // An embedded post's attribution: "— Ana Ruiz
                    // (@ana_ruiz) March 3, 2026".
                    Pattern(
                        #"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:on\s+)?.{0,30}\d{4}\W*$"#,
                        .contains(["(@"])
                    ),
                    // The quoted post itself with that attribution: "“…” —
                    // Hill Farm (@HillFarm) November 30, 2026".
                    Pattern(
                        #"^["“'‘„«].{2,400}["”'’»]\s*[—–-]\s*[^()—–]{1,60}\(@\w{1,30}\)\s*(?:on\s+)?[^()]{0,30}\d{4}\W*$"#,
                        .contains(["(@"])
                    ),
                    Pattern(
                        #"^\[?(?:embedded (?:video|content|media|tweet|post)|video|audio|embed|media)\]?$"#,
                        .prefix(["embed", "video", "audio", "media"])
                    ),
                    Pattern(
                        #"^(?:video player is loading|loading video|this video (?:is|has been|was) (?:no longer available|removed|unavailable|deleted|made private)|(?:this )?video (?:is )?unavailable|video not available|your browser does not support (?:the )?(?:video|audio|html5).*|(?:the )?(?:video|audio|media) (?:could not|cannot|can['’]t|failed to) (?:be )?(?:loaded|played|load|play).*|play video|replay(?: video)?|watch again|now playing|watch (?:it )?(?:on|in) youtube|open in youtube|view this post on (?:instagram|facebook|tiktok|x|twitter|threads)|a post shared by .{1,80}|this content (?:is not available|cannot be displayed|is blocked|is hosted by).{0,160}|to (?:view|see|watch) this (?:content|video|post|embed).{0,160}|(?:subtitles|captions|closed captions?)(?: (?:on|off))?|(?:turn on|enable) (?:sound|captions)|lire la vidéo|regarder la vidéo|reproducir(?: (?:el )?v[ií]deo)?|ver (?:el )?v[ií]deo|autoplay(?: is)?(?: (?:on|off))?|(?:up next|next up) in \d{1,2}(?: s(?:ec(?:onds?)?)?)?|video abspielen|abspielen|assistir ao vídeo|guarda il video|riproduci(?: il video)?|(?:video|vídeo|vidéo|watch)\W{0,3}\d{1,2}(?::\d{2}){1,2}|(?:video|audio|clip|podcast|episode) (?:duration|length|runtime)\W{0,3}\d{1,2}(?::\d{2}){1,2})\W*$"#,
                        .prefix([
                            "video", "loading", "this", "your", "the ", "play", "replay", "watch", "now", "open",
                            "view", "a post",
                            "to ", "subtitles", "captions", "closed", "turn on", "enable", "audio", "media", "lire",
                            "regarder", "reproducir", "ver ", "abspielen", "assistir", "guarda", "riproduci", "vídeo",
                            "vidéo", "autoplay", "up next", "next up",
                        ])
                    ),
                    // An embed's placeholder in brackets: "[Embedded YouTube
                    // video: "…" - 11:07]", "[Video: …]", "[Tweet embed]".
                    Pattern(
                        #"^\[\s*(?:embedded |embed(?:ded)?:\s*)?(?:youtube |vimeo |tiktok |instagram |facebook |twitter |x |spotify |soundcloud |dailymotion )?(?:video|audio|podcast|tweet|post|embed|player|reel|clip|media|content)\b[^\]]{0,200}\]$"#,
                        .all([.contains(["["]), .contains(["]"])])
                    ),
                    // An embedded social post: "@CouncilName on X: …", and its
                    // stamp "10:14 AM · Nov 30, 2026 · 1,203 Views".
                    Pattern(#"^@\w{2,30}$"#, .contains(["@"])),
                    // A post quoted by its account: "@PortAuthority: …",
                    // "Harbour FC (@HarbourFC) · …", "Facebook · Page: «…»".
                    Pattern(#"^@\w{2,30}\s*:\s*\S.{0,300}$"#, .contains(["@"])),
                    Pattern(#"^[^()]{2,60}\(@\w{2,30}\)\s*[·•|:–—]\s*\S.{0,300}$"#, .contains(["(@"])),
                    Pattern(
                        #"^(?:facebook|instagram|x|twitter|tiktok|threads|bluesky|linkedin|youtube)\s*·\s*[^·]{2,60}:\s*\S.{0,300}$"#,
                        .all([
                            .prefix([
                                "facebook", "instagram", "x", "twitter", "tiktok", "threads", "bluesky", "linkedin",
                                "youtube",
                            ]),
                            .contains(["·"]),
                        ])
                    ),
                    Pattern(
                        #"^@\w{1,30} (?:on|via) (?:x|twitter|instagram|threads|bluesky|facebook|tiktok|mastodon|linkedin)\s*:.{0,300}$"#,
                        .contains(["@"])
                    ),
                    Pattern(
                        #"^\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*·\s*[^·]{3,30}(?:·\s*[\d,.]+\s*[km]?\s*(?:views|likes|reposts|retweets|replies))?\W*$"#,
                        .all([.prefix(digits), .contains(["·"])])
                    ),
                ],
                maxLength: 300
            ),
            startsFooter: false
        ),
        Rule(
            name: "media-embed",
            kind: .embed,
            summary:
                "Audio widgets and durations: \"Listen to this article 4 min\", \"Listen · 5:12\", \"Press play to hear this story\", \"Duration 2:31\", a lone \"1:45\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^\W*(?:(?:audio|podcast|audioversion|version audio)\s*[:|·•–—-]\s*)?(?:listen(?: to)?(?: (?:this|the|our))?(?: (?:article|story|podcast|episode|report|audio|interview|piece|now))?(?: read (?:aloud|out))?|hear (?:this|the|our) (?:article|story|piece|report)(?: read (?:aloud|out))?|(?:dieser |diesen |den )?(?:artikel|beitrag) (?:zum )?(?:anhören|vorlesen(?: lassen)?)|play(?: the)? (?:audio|podcast|episode)|audio(?: version)?|écouter(?: l['’]article| cet article)?|escucha(?:r)?(?: (?:esta|este|la|el) (?:nota|noticia|artículo|información))?|ouvir(?: a)?(?: (?:matéria|notícia))?|ou[çc]a (?:esta|a|este) (?:matéria|notícia|reportagem|texto)|artikel (?:anhören|vorlesen)|anhören|ascolta(?: l['’]articolo)?|(?:be)?luister(?: naar)?(?: dit| het)?(?: artikel| verhaal| bericht)?|pakinggan(?: ang (?:artikulong ito|balitang ito))?|lyssna(?: på)?(?: (?:artikeln|nyheten|texten|reportaget))?|hør(?: på)?(?: (?:artikkelen|saken))?|éist(?: leis an alt seo)?|posłuchaj(?: (?:artykułu|tekstu|materiału))?|odsłuchaj(?: (?:artykuł|tekst))?)\s*[:(·•|–—-]?\s*(?:\d{1,3}(?:[:.]\d{2}){0,2}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|m|sec(?:ond)?s?|s)?\.?(?: (?:read|listen|audio))?)?\s*\)?\W*$"#,
                        .prefix([
                            "listen", "hear", "play", "audio", "écouter", "escucha", "ouvir", "ouça", "ouca", "artikel",
                            "anhören",
                            "ascolta", "podcast", "version audio", "diesen", "den ", "beitrag", "dieser", "luister",
                            "beluister", "pakinggan", "lyssna", "hør", "éist", "posłuchaj", "odsłuchaj",
                        ])
                    ),
                    // A player with its title and length: "LISTEN ▸ 1:12",
                    // "Listen: <episode> · <podcast> · 18 min", "Écouter : …
                    // (4 min)"; the length is a clock time or has its unit.
                    Pattern(
                        #"^\W*(?:listen(?: now)?|audio|podcast|podlediad|podikasti|sikiliza|gwrandewch|écouter|escuchar|escucha|anhören|hören|ascolta|ouvir|ouça)(?:(?: to)?(?: (?:il|the|our|el|le|la|o|der|den|al|nostro|nuestro|notre))? (?:podcast|episodio|episode|épisode|folge|episódio|audio))?\s*[:|▸▶►›»·•–—]\s*(?:.{0,160}?[\s(·•|–—,]\s*)?(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|mins?|munud|dakika|sec(?:ond)?s?)\.?(?:\s*\d{1,2}\s*(?:s|sec(?:ond)?s?|sek(?:unden)?|segundos?|secondi)\.?)?)\s*\)?\W*$"#,
                        .prefix([
                            "listen", "audio", "podcast", "podlediad", "podikasti", "sikiliza", "gwrandewch", "écouter",
                            "escuch", "anhören", "hören", "ascolta", "ouvi", "ouça",
                        ])
                    ),
                    Pattern(
                        #"^(?:audio (?:is )?(?:available|only) (?:for|to) (?:subscribers|members)|(?:listen|audio) (?:is )?(?:available )?for (?:subscribers|members)(?: only)?|(?:powered|voiced|narrated|read) by [\w .'’-]{2,40}\s*[|·•–—-]\s*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}\s*min(?:ute)?s?)|podcast\s*:.{0,120}\b(?:listen|subscribe)\b.{0,80})\W*$"#,
                        .prefix(["audio", "listen", "powered", "voiced", "narrated", "read by", "podcast"])
                    ),
                    Pattern(
                        #"^\W*(?:subscribe to|follow|listen to|get|find) .{0,80}\bpodcasts?\b.{0,80}\b(?:wherever you get (?:your|their) podcasts|apple podcasts|spotify|google podcasts|your podcast app)\b.{0,40}$"#,
                        .contains(["podcast"])
                    ),
                    // A station's pointers to its shows: "Listen to past
                    // episodes of Porch Light on the WLRB app", "Hear this
                    // story on Lakeshore Mornings, weekdays at 6 a.m.", "From
                    // our podcast Shoreline: <episode> (28:40)", "Download audio".
                    Pattern(
                        #"^\W*(?:(?:listen to|hear|catch up on|stream) (?:past|previous|earlier|recent|all|more|new) episodes of (?-i:[A-Z]).{1,100}|(?:hear|listen to) (?:this|the|our) (?:story|report|interview|segment|conversation) on (?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,4}(?:,? (?:weekdays|weekends|every|each|on|at|mondays|sundays|saturdays)\b.{0,60})?|from (?:our|the) podcast,? (?-i:[A-Z])[^:]{1,40}:\s*.{2,100}|download(?: the)? (?:audio|mp3|episode|podcast)|(?:descargar|baixar|télécharger|scarica)(?: el| o| l['’]| il)? (?:audio|áudio|mp3|podcast|épisode|episodio))\W*$"#,
                        .prefix([
                            "listen to", "hear", "catch up", "stream", "from our", "from the", "download", "descargar",
                            "baixar", "télécharger", "scarica",
                        ])
                    ),
                    Pattern(
                        #"^\d{1,2}(?::\d{2}){1,2}\s*/\s*\d{1,2}(?::\d{2}){1,2}$"#,
                        .all([.prefix(digits), .contains(["/"])])
                    ),
                    Pattern(
                        #"^\d{1,3}\s*(?:min|mins|minutes|minuten|minutos|minuti)\.?$"#,
                        .all([.prefix(digits), .contains(["min"])])
                    ),
                    Pattern(
                        #"^(?:(?:duration|runtime|length|video length|running time|durée|duración|duração|dauer|durata)\s*:?\s*)?\d{1,2}(?::\d{2}){1,2}(?:\s*(?:min|mins|minutes))?$"#,
                        .all([
                            .prefix(
                                digits + [
                                    "duration", "runtime", "length", "video length", "running", "durée", "duración",
                                    "duração", "dauer", "durata",
                                ]
                            ),
                            .contains([":"]),
                        ])
                    ),
                    Pattern(
                        #"^(?:press|tap|click|hit) (?:play|here) (?:to|and) (?:hear|listen(?: to)?)(?: (?:this|the))? (?:story|article|report|episode|podcast)\b.{0,40}$"#,
                        .prefix(["press", "tap", "click", "hit"])
                    ),
                ],
                maxLength: 120
            ),
            startsFooter: false
        ),
        Rule(
            name: "read-more",
            kind: .relatedLinks,
            summary:
                "Related-link lines (\"Read more: …\", \"Related: …\", \"MORE: …\") and the headline lists under such headings (\"Most Popular\", \"More from …\", \"Recommended\").",
            detector: .line(
                patterns: [
                    Pattern("^" + readMoreHeadings + #"\s*[:»›>|\-–—▸▶►→➜]+\s*\S"#, .prefix(readMoreFirstWords))
                ],
                maxLength: 300
            ),
            startsFooter: true
        ),
        Rule(
            name: "photo-caption",
            kind: .caption,
            summary:
                "Photo captions and credits: a line ending in a parenthesised credit (\"(Name/Agency)\", \"(… via Getty Images)\", \"(AP Photo/…)\"), \"Photo: …\", credit-only lines (\"Getty Images\", \"Courtesy of …\"), and the image's alt text right above a caption.",
            detector: .line(
                patterns: [
                    Pattern(
                        #"\((?![^()]*\b(?:was|is|were|are|has|had|have|which|that|who|said|says|when|after|before|because)\b)(?:[^()/]*(?-i:[A-Z])[^()/]*/\s*[^()]*(?-i:[A-Z])[^()]*|[^()]{0,60}\b(?:photos?|photograph(?:er|y)?|image|picture|foto|fot|fotografía|bild|credit|crédit|crédito|courtesy|file|handout|supplied|getty|shutterstock|afp|reuters|epa|efe|dpa|alamy|ap|cp|pool|istock|unsplash|canadian press|associated press|press association)\b[^()]{0,60})\)\s*\.?$"#,
                        .suffix([")"])
                    ),
                    Pattern(
                        #"^(?=.{0,200}$).*[.!?]["”’]?\s+\((?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|of|the|de|di|del|du|van|von|for)){0,5}\)$"#,
                        .suffix([")"])
                    ),
                    Pattern(
                        #"^(?:(?:representational|representative|illustrative|file|stock|archive|generic) (?:image|photo|picture)s?(?: only)?|(?:image|photo) description\s*:.{2,200}|alt(?:ernative)? text\s*:.{2,200})\W*$"#,
                        .prefix([
                            "representa", "illustrative", "file", "stock", "archive", "generic", "image", "photo",
                            "alt",
                        ])
                    ),
                    // A credit on its own line: "LEDGERWIRE/Thomas Reyes",
                    // "Ana Vos/AFP", "Tiago Lemos/Cerrado Hoje" (a full name,
                    // then the outlet).
                    Pattern(
                        #"^(?:(?-i:[A-Z][A-Z&.-]{1,20})\s*/\s*(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){1,3}|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){1,3}\s*/\s*(?:(?-i:[A-Z][A-Z&.-]{1,20})|(?-i:[A-Z])[\w'’&.-]+(?:(?: (?:do|da|de|dos|das|del|of|the|di|du|van|von))? (?-i:[A-Z])[\w'’&.-]+){0,3}))$"#,
                        .contains(["/"])
                    ),
                    // A descriptive phrase (no sentence in it) ending in a
                    // credit of capitalised words: "Terraced houses in
                    // Manchester (PA)", "The town hall (Ledger Archive)".
                    Pattern(
                        #"^(?=.{12,200}$)(?!.*\b(?:said|says|told|asked)\b)[^.!?()]*[\w,'’]\s+\((?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z])[\w'’&.-]*|of|the|de|for)){0,4}\)$"#,
                        .suffix([")"])
                    ),
                    // A caption sentence, then its credit: "… tunnel. Crédit
                    // photo : Agence Alpa", "… on Monday. Photo: Ana Vos".
                    Pattern(
                        #"[.!?]["”’]?\s+(?:fot\.|photo|photos|photograph|foto|fotos|fotografia|fotografía|archivfoto|archivbild|crédit photo|crédit|crédito|credit|picture|image|bild)\s*(?::|[-–—/|]\s|(?<=\.)\s)\s*[^.!?:]{2,60}$|[.!?]["”’]?\s+(?:[—–-]\s*)?(?:(?!(?:yes|no|oui|non|sí|si|ja|nein|sim|não)\b)(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3}\s*/\s*(?-i:[A-Z])[\w'’&.-]+(?: (?-i:[A-Z])[\w'’&.-]+){0,3}|supplied|handout|file photo|file|courtesy(?: photo)?|archive photo|stock image|(?:photo|image|picture|pic) supplied|supplied (?:photo|image|picture)|(?:photo|picture|image|foto)s? (?:supplied|courtesy|file))$"#,
                        .tail(
                            within: 90,
                            [
                                "photo", "foto", "fot.", "crédit", "crédito", "credit", "picture", "image", "bild", "/",
                                "supplied", "handout", "file", "courtesy", "archive", "stock",
                            ]
                        ),
                        searchedTail: 90
                    ),
                    // A credit after a dash: "… after the final. — Special
                    // Arrangement", "Lola on the panel in 2024 – Buzz Post
                    // Pictures", "… – Harbour Gazette Archive".
                    Pattern(
                        #"^(?=.{12,300}$)(?!.*\b(?:said|says|told)\b).*\S\s+[—–-]\s*(?:special arrangement|(?:by )?arrangement|(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} (?:pictures|photos|photography|images|archives?|files?|handout))\.?$"#,
                        .tail(
                            within: 60,
                            [
                                "arrangement", "pictures", "photos", "photography", "images", "archive", "file",
                                "handout",
                            ]
                        ),
                        searchedTail: 90
                    ),
                    // A caption phrase, then a dash and "Outlet /
                    // Photographer": "… at a tannery in Challawa — Marina
                    // Ledger / Musa Garba".
                    Pattern(
                        #"^(?=.{12,300}$)(?!.*\b(?:said|says|told)\b).*\S\s+[—–]\s*(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}\s*/\s*(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}$"#,
                        .tail(within: 60, ["/"]),
                        searchedTail: 90
                    ),
                    // A reader's photo: "… on Saturday. (Submitted by Gord
                    // Pelletier)", "(Submitted photo)"; the submitter is named.
                    Pattern(
                        #"\((?:submitted (?:by (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3}|photo|image|picture)|photo submitted by (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3})\)\s*\.?$"#,
                        .suffix([")"])
                    ),
                    // A caption phrase, then a dash and its credit: "Diners at
                    // the hawker centre on March 8. — PHOTO: TAN JUN HAO",
                    // "… on Thursday. – Photo by Amira Haddad", "Cooperados
                    // na usina em Anápolis — Foto: Rafael Meireles/Cerrado Hoje".
                    Pattern(
                        #"^(?=.{12,300}$)(?!.*\b(?:said|says|told|disse|dijo|sagte)\b).*\S\s+[—–-]\s*(?:photo|photos|photograph|foto|fotos|fotografia|fotografía|picture|pic|image|imagem|imagen|immagine|bild|crédit photo|credit|crédito)s?\s*(?::|by|de|por|von|di|par|courtesy(?: of)?|supplied by|via)\s*[^.!?:]{2,60}$"#,
                        .tail(
                            within: 90,
                            [
                                "photo", "foto", "picture", "pic", "image", "imagem", "imagen", "bild", "crédit",
                                "credit",
                            ]
                        ),
                        searchedTail: 90
                    ),
                    Pattern(
                        #"^(?:photo|photos|photograph|photography|image|images|picture|pictures|foto|fotos|bild|bilder|pictured|caption|credit|credits|photo credit|image credit|image source|file photo|illustration|graphic|top image|main image|header image|featured image|above|top|left|right|crédit photo|crédit|crédito|foto de|imagen|immagine|picha|llun|lluniau|grianghraf)\s*[:|©/]\s*\S"#,
                        .prefix([
                            "photo", "image", "picture", "foto", "bild", "caption", "credit", "file photo",
                            "illustration", "graphic",
                            "top", "main image", "header image", "featured image", "above", "left", "right", "crédit",
                            "imagen",
                            "immagine", "picha", "llun", "grianghraf",
                        ])
                    ),
                    Pattern(
                        #"(?:^|[.!?]\s)\s*(?:photo|photograph|image|foto|picture|illustration|credit|crédit|crédito|courtesy)s?(?: credit)?\s*(?:by|:|©|of)\s*(?:[^.!?]|(?<=\b(?-i:[A-Z]))\.){2,80}$|[.!?]\s+(?:file\s*)?\|\s*(?:photo|image|picture) credit\s*:\s*(?:[^.!?]|(?<=\b(?-i:[A-Z]))\.){2,80}$"#,
                        .contains([
                            "photo", "image", "foto", "picture", "illustration", "credit", "crédit", "crédito",
                            "courtesy",
                        ])
                    ),
                    Pattern(
                        #"(?:getty images(?: for [\w .'’&-]{1,40}|/istockphoto)?|shutterstock(?:\.com)?|ap photo(?:/[^)]{1,40})?|reuters/[\w .]{2,40}|epa-efe|istock(?:photo)?|afp photo|afp via getty images|/afp|/reuters|/ap|/getty|/epa|/dpa|/bloomberg|on unsplash|pa (?:media|wire))\s*\.?$"#,
                        .tail(
                            within: 160,
                            [
                                "getty", "shutterstock", "ap photo", "reuters/", "epa-efe", "istock", "afp photo",
                                "/afp", "/ap", "/reuters", "/epa", "/dpa", "/bloomberg", "unsplash", "pa media",
                                "pa wire",
                            ]
                        ),
                        searchedTail: 120
                    ),
                    Pattern(
                        #"^(?:©\s*)?(?:getty images|ap|afp|reuters|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|epa(?:-efe)?|dpa|pa(?: media| wire)?|supplied|handout|file|unsplash|bloomberg|getty)(?:\s*[/|]\s*[\w .'’-]{2,40}){0,2}\.?$"#,
                        .prefix([
                            "getty", "ap", "afp", "reuters", "shutterstock", "istock", "alamy", "epa", "dpa", "pa",
                            "supplied", "handout", "file", "unsplash", "bloomberg",
                        ])
                    ),
                    Pattern(
                        #"^(?:(?:photo(?:graph)?s?|images?|pictures?|foto|bild)\s+(?:by|courtesy(?: of)?|credit|from)|courtesy(?: of)?)\s+[^.!?]{2,60}$"#,
                        .prefix(["photo", "image", "picture", "foto", "bild", "courtesy"])
                    ),
                ],
                maxLength: 600
            ),
            startsFooter: false
        ),
        Rule(
            name: "gallery",
            kind: .caption,
            summary:
                "Gallery and image-widget text: \"View gallery\", \"Image 3 of 12\", \"Enlarge this image\", \"Hide caption\", \"Swipe for more photos\", a lone \"Photo\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^\W*(?:(?:view|open|see|browse|launch|show|expand|start|watch) (?:the |full |all |more |photo |image |picture )*(?:gallery|slideshow|slide show|photos|images|pictures|fotos|bilder)\b.{0,30}|(?:(?:gallery|galería|galeria|galerie|galleria|fotogalerie|bildergalerie)\s*[:|·•–—-]?\s*)?(?:(?:photo|image|imagem|imagen|immagine|picture|slide|bild|foto)s?\s*)?(?:\d{1,3}\s*(?:of|/|de|von|sur|di)\s*\d{1,3}|\d{1,3} (?:photos|images|pictures|fotos|bilder|slides|imágenes|imagens|immagini))|(?:bildspel|bildserie|bildegalleri)\s*[:|·•–—-]?\s*\d{1,3}\s+bilder\b.{0,60}|(?:gallery|in pictures|in photos|photo gallery|picture gallery)\s*[:|]\s*.{2,80}?\s*[—–-]\s*\d{1,3} (?:photos|pictures|images|slides)|in (?:pictures|photos)\s*[:|]\s*.{2,80}|(?:click|tap) here to (?:see|view) (?:our|the|all|more)? ?(?:gallery|photos|pictures|images)\b.{0,80}|(?:gallery|galería|galeria|galerie|galleria|fotogalerie|bildergalerie)\s*[:|·•–—-]\s*(?:veja|ver|see|view|mira|voir|guarda|bekijk)\s+(?:as |las |les |the |all |todas as |todas las |alle )?\d{1,3}\s+(?:fotos|imagens|imágenes|photos|images|pictures|bilder|immagini|foto's)\b.{0,60}|(?:enlarge|expand|zoom|resize|maximi[sz]e|agrandir|ampliar|vergrößern|ingrandisci)(?: (?:this )?(?:image|photo|picture|l['’]image|la imagen|(?:a )?imagem|bild))?|(?:hide|show|toggle) (?:the )?caption|more (?:photos|pictures|images)|mehr (?:fotos|bilder)|plus de photos|más fotos|mais fotos|(?:galeria|galería|galerie|gallery|galleria)\s*:?\s*\d{1,3}\s*(?:fotografias|fotos|photos|images|imágenes|imagens|bilder|immagini)|(?:click|tap) (?:on )?(?:the )?(?:image|photo|picture)s? (?:to|for) (?:enlarge|zoom|expand|a larger view|full ?screen)|swipe (?:left |right )?(?:for|to see|to view) more(?: photos| images| pictures)?|(?:next|previous|prev) (?:image|photo|picture|slide)|(?:guarda|vedi|sfoglia) (?:la |le |tutte le )?(?:gallery|galleria|fotogallery|foto)|(?:ver|mira) (?:la |las |todas las )?(?:galería|fotos)|ver (?:a )?galeria(?: de fotos)?|voir (?:la |les )?(?:galerie|photos|diaporama)|(?:zur|zum) (?:bildergalerie|fotostrecke|galerie)|bekijk (?:de )?(?:fotoserie|foto's|galerij)|(?:bildergalerie|galerie|fotostrecke|fotogalerie|diaporama|galeria|galería|galleria|fotogaleria|galeria zdjęć|slideshow|gallery) (?:öffnen|ansehen|anzeigen|starten|ouvrir|abrir|ver|aprire|otwórz|zobacz|open|view)|(?:otwórz|zobacz) (?:galerię|zdjęcia)|(?:abrir|abre|ouvrir|öffnen|aprire|apri) (?:a |la |le |die )?(?:galeria|galería|galerie|galleria|bildergalerie|fotostrecke|diaporama)|(?:full ?screen|gallery|slideshow|image|photo|picture|photos|bildergalerie|galerie|galería|galeria(?: de fotos)?|diaporama|fotostrecke|fotogalerie))(?:\s+(?:completa|complète|komplett|entière|completo|intera|full|pełna))?(?:\s*[(\[]\s*\d{1,3}\s*(?:photos|fotos|images|imagens|imágenes|immagini|bilder|pictures|slides|zdjęć|foto|zdjęcia)\s*[)\]])?\W*$"#,
                        .prefix(
                            digits + [
                                "view", "open", "see", "browse", "launch", "show", "expand", "start", "watch", "photo",
                                "image",
                                "picture", "slide", "bild", "foto", "enlarge", "zoom", "resize", "maximi", "hide",
                                "toggle", "click",
                                "tap", "swipe", "next", "previous", "prev", "full", "gallery", "galer", "diaporama",
                                "guarda", "vedi", "sfoglia", "ver ", "mira", "voir", "zur", "zum", "bekijk",
                                "fotogaler", "otwórz", "zobacz", "abrir", "abre", "ouvrir", "öffnen", "apri", "more",
                                "mehr",
                                "plus", "más", "mais", "imagem", "imagen", "immagine", "bildspel", "bildserie",
                                "bildegalleri", "in pictures", "in photos", "photo gallery", "picture gallery",
                            ]
                        )
                    ),
                    // A gallery link with its count: "Galerie photos (18)",
                    // "Photo gallery (12)", "Fotogalería: 9 imágenes".
                    Pattern(
                        #"^\W*(?:photo |picture |image )?(?:galerie|galería|galeria|gallery|galleria|fotogalerie|bildergalerie|fotogalería|fotogaleria|diaporama|fotostrecke|slideshow)(?: (?:photos?|fotos?|images?|bilder|de fotos|de photos|d['’]images|fotográfica|zdjęć))?\s*(?:[(\[]\s*\d{1,3}\s*(?:photos?|fotos?|images?|imágenes|imagens|bilder|pictures)?\s*[)\]]|:\s*\d{1,3}\s*(?:photos?|fotos?|images?|imágenes|imagens|bilder|pictures)(?: (?:from|of|at|da|di|de|dal|dalla|von|du|des) [^.!?]{2,40})?)\W*$"#,
                        .prefix([
                            "photo", "picture", "image", "galer", "gallery", "galler", "fotogaler", "bildergal",
                            "diaporama", "fotostrecke", "slideshow",
                        ])
                    ),
                    // A titled gallery link with its count: "Gallery: The new
                    // phone in pictures (8)", "In pictures: Harvest day — 14
                    // photos"; a prompt to open one: "Tap to see the full
                    // gallery — 24 photos".
                    Pattern(
                        #"^\W*(?:(?:photo |picture )?gallery|galerie|galería|galeria|galleria|in pictures|in photos|slideshow)\s*[:|–—-]\s*[^.!?]{2,80}?\s*(?:[(\[]\s*\d{1,3}(?:\s*(?:photos|pictures|images|slides|fotos|bilder))?\s*[)\]]|[—–|-]\s*\d{1,3}\s*(?:photos|pictures|images|slides|fotos|bilder)(?: (?:from|of|at|in) [^.!?]{2,40})?)\W*$"#,
                        .prefix([
                            "photo gallery", "picture gallery", "gallery", "galer", "galler", "in pictures",
                            "in photos",
                            "slideshow",
                        ])
                    ),
                    Pattern(
                        #"^\W*(?:tap|click|swipe|press|scroll)(?: here| through| below)? (?:to|for) (?:see|view|open|browse|launch|explore|flick through) (?:the |our |all |more )?(?:full |complete |whole |entire )?(?:gallery|slideshow|photo gallery|photos|pictures|images)\b[^.!?]{0,40}$"#,
                        .prefix(["tap", "click", "swipe", "press", "scroll"])
                    ),
                    // An image's file name left on its own line:
                    // "dock-lineup-2026.jpg".
                    Pattern(
                        #"^[\w.-]{1,100}\.(?:jpe?g|png|gif|webp|avif|svg|heic|tiff?)$"#,
                        .suffix(["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "heic", "tif", "tiff"])
                    ),
                    // "PICHA ZAIDI: six photos from …", "Mwy o luniau: …",
                    // "Oriel luniau: …".
                    Pattern(
                        #"^\W*(?:picha zaidi|picha (?:kwa|katika) picha|mwy o luniau|oriel(?: luniau| lluniau)?|grianghraif)\s*[:|–—-]\s*[^.!?]{2,80}$"#,
                        .prefix(["picha", "mwy o", "oriel", "grianghraif"])
                    ),
                ],
                maxLength: 120
            ),
            startsFooter: false
        ),
        Rule(
            name: "share",
            kind: .furniture,
            summary:
                "Sharing, saving and follow buttons: \"Share this article\", \"Share on Facebook\", \"Print\", \"Partager\", \"Compartir\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^\W*(?:share(?: this)?(?: article| story| post| page| video| link| gallery| review| guide| recipe| report| piece| list| photo| interview| episode| podcast)?(?: (?:on|via|to|with) .{1,30})?|share or comment on this (?:article|story)|sharing options|tweet(?: this)?|e-?mail(?: this)?(?: article| story| link| page)?|print(?: this)?(?: article| story| page)?|imprimir|imprimer|drucken|stampa|enviar por (?:correo|e-?mail)|envoyer par (?:e-?mail|courriel)|per e-?mail (?:senden|versenden|teilen)|(?:save|bookmark)(?: this)?(?: (?:article|story|page|for later))?|copy(?: the)? (?:link|url)|link copied|gift (?:this )?article|partager(?: cet article| sur .{1,30}| l['’]article| par e-?mail)?|compart(?:ir|e|a|an)(?: (?:esta|este|la|el) (?:nota|noticia|artículo|información))?(?: en (?:tus |las |sus )?redes(?: sociales)?| en .{1,30}| por e-?mail)?|(?:click|tap) to (?:share|print|e-?mail)(?: a link)?(?: (?:on|via|with|to) [\w .+-]{1,30})?(?: \(opens in (?:a )?new window\))?|like this:?|like loading\W*|compartilh(?:e|ar)(?: .{1,30})?|condividi(?: .{1,30})?|(?:diesen )?artikel teilen|deel (?:dit |het )?(?:artikel|bericht|verhaal)(?: (?:via|op) .{1,30})?|dela (?:artikeln|sidan|nyheten)(?: (?:på|via) .{1,30})?|del (?:artikkelen|saken)(?: på .{1,30})?|ibahagi(?: ang (?:artikulong|balitang) ito)?|teilen(?: sie)?(?: diesen artikel| auf .{1,30})?|redes sociais.*|social media|follow us(?: on .{1,40})?|follow (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} on (?:facebook|x|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp|telegram|google news)(?:(?:,| and| or| &) (?:facebook|x|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp|telegram|google news))*(?: for (?:the latest|more|all|breaking|live|(?:[\w'’-]+ ){0,2}(?:updates|news|alerts|coverage))\b[^.!?]{0,60}\.?)?|follow @\S+.*|suivez-nous.*|síguenos.*|siga-nos.*|folgen sie uns.*|ikuti kami (?:di|pada)\b.*)\W*$"#,
                        .prefix([
                            "share", "sharing", "tweet", "e-mail", "email", "print", "save", "bookmark", "copy", "link",
                            "gift",
                            "partager", "compartir", "comparta", "compartilh", "condividi", "diesen", "artikel",
                            "teilen", "redes",
                            "social",
                            "follow", "suivez", "síguenos", "siga", "folgen", "imprim", "drucken", "stampa", "enviar",
                            "envoyer", "per e", "comparte", "click", "tap", "like", "deel", "ibahagi", "dela", "del ",
                            "ikuti",
                        ])
                    ),
                    // "Like this story? Share it with your friends",
                    // "Enjoyed this article? Pass it on".
                    Pattern(
                        #"^(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our|reading this) (?:story|article|piece|post|read|report)\?\s*(?:share|pass|send|forward|tell|subscribe|sign up|follow)\b.{0,60}$"#,
                        .prefix(["like", "enjoy", "love", "did you"])
                    ),
                    Pattern(
                        #"^(?:(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|print|copy link|messenger|flipboard|threads|bluesky|mastodon|tumblr|sms|share)[\s,|·•/]*){2,}$"#,
                        .prefix([
                            "facebook", "twitter", "x", "whatsapp", "linkedin", "e-mail", "email", "reddit",
                            "pinterest",
                            "telegram", "print", "copy", "messenger", "flipboard", "threads", "bluesky", "mastodon",
                            "tumblr", "sms",
                            "share",
                        ])
                    ),
                    // A row of buttons with their verbs and fillers: "Share
                    // this article: Facebook | X | Email", "Share on
                    // LinkedIn   Share on X   Copy link", "Print | Email |
                    // Save", "Imprimir · Enviar por correo"; at least two
                    // actions or services, and no word outside the row's
                    // vocabulary ("Save the date", "Email the council").
                    Pattern(
                        "^(?=(?:.*?(?<!\\w)(?:" + shareActions + ")(?!\\w)){2})\\W*(?:" + shareActions + "|"
                            + shareFillers + ")(?:\\W+(?:" + shareActions + "|" + shareFillers + "))*\\W*$",
                        .contains([
                            "share", "sharing", "facebook", "twitter", "whatsapp", "linkedin", "mail", "print", "save",
                            "copy", "imprim", "drucken", "stampa", "correo", "courriel", "partag", "compart", "teilen",
                            "condivid", "bookmark", "reddit", "telegram", "pinterest", "partilh", "dela", "spara",
                            "skriv ut", "kopiera", "udostępnij", "drukuj", "skomentuj", "imprimir",
                        ])
                    ),
                    // A prompt that ends in the networks to share on: "Like
                    // this? Share it with a friend: Facebook · X · WhatsApp".
                    Pattern(
                        #"^(?=.{0,160}$)[^.!]{0,100}[:—–-]\s*(?:facebook|x|twitter|whatsapp|linkedin|e-?mail|reddit|telegram|instagram|threads|bluesky|pinterest|messenger|copy link|sms|signal)(?:\s*[·•|,/]\s*(?:facebook|x|twitter|whatsapp|linkedin|e-?mail|reddit|telegram|instagram|threads|bluesky|pinterest|messenger|copy link|sms|signal)){1,8}\W*$"#,
                        .contains(["facebook", "whatsapp", "twitter", "linkedin", "telegram", "reddit", "pinterest"])
                    ),
                    // Welsh: "Dilynwch ni ar Facebook", "Rhannwch yr erthygl hon".
                    Pattern(
                        #"^\W*(?:dilynwch ni(?: ar [\w ,&+·|-]{2,60})?|rhannwch(?: yr erthygl hon| y stori hon)?(?: ar [\w ,&+·|-]{2,40})?)\W*$"#,
                        .prefix(["dilynwch", "rhannwch"])
                    ),
                    // Swahili: "Chapisha makala hii", "Shiriki habari hii kwenye
                    // WhatsApp".
                    Pattern(
                        #"^\W*(?:chapisha|shiriki|sambaza)(?: (?:makala|habari|taarifa) hii)?(?: (?:kwenye|kupitia) [\w ,&+·|-]{2,40})?\W*$"#,
                        .prefix(["chapisha", "shiriki", "sambaza"])
                    ),
                ],
                maxLength: 90
            ),
            startsFooter: true
        ),
        Rule(
            name: "newsletter",
            kind: .furniture,
            summary:
                "Newsletter and subscription prompts, in English, French, Spanish, Portuguese, German and Italian; the site's calls to action (\"text STORM to 55-7\", \"Watch … for the latest\").",
            detector: .line(
                patterns: [
                    // A text-message keyword: "Get weather alerts: text
                    // STORM to 55-7".
                    Pattern(
                        #"\b(?:text|sms|send|txt)\s+(?-i:[A-Z0-9]{2,12})\s+to\s+\+?[\d][\d -]{1,12}\b(?!.*[.]["”’]?$).{0,60}$"#,
                        .all([.contains(["text ", "sms ", "send ", "txt "]), .contains(digits)])
                    ),
                    // A programme or channel promo: "Watch KVRT 7 News at 5, 6
                    // and 10 for the latest", "Tune in to Harbour FM for
                    // live coverage"; never a sentence ending in a full stop.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)(?!.*[.]["”’]?$)(?:watch|listen(?: to)?|tune in(?: to)?|stream|stay tuned(?: to)?)\s+(?:us|the (?-i:[A-Z])[\w'’&-]*|(?-i:[A-Z0-9])[\w'’&-]*)(?:\s+[\w'’&,-]+){0,8}\s+for (?:the latest|all the latest|(?:[\w'’-]+ ){0,2}updates|breaking news|live coverage|more (?:news|stories|updates|coverage))\b.{0,40}$"#,
                        .prefix(["watch", "listen", "tune", "stream", "stay tuned"])
                    ),
                    Pattern(
                        #"^(?:sign up|subscribe|join|get|receive|register|don't miss|never miss|want|quer receber|receba|assine|subscreva|inscreva-se|suscr[ií]bete|reg[ií]strate|recibe|abonnez-vous|inscrivez-vous|recevez|abonnieren sie|melden sie sich|iscriviti|ricevi|schrijf je in|meld je aan|abonneer je)\b.{0,200}\b(?:newsletters?|nieuwsbrief|inbox|e-?mails?|boletín|boletim|infolettre|updates|alerts|digest|briefing)\b|^(?:schrijf je in|meld je aan|abonneer je)\b.{0,200}\b(?:in je mail|per mail|in je inbox)\b"#,
                        .contains([
                            "newsletter", "inbox", "mail", "boletín", "boletim", "infolettre", "updates", "alerts",
                            "digest", "briefing", "nieuwsbrief",
                        ])
                    ),
                    Pattern(
                        #"^(?!.{12,}[.!]["”’)]?$).{0,100}\b(?:newsletters?|infolettres?|boletín|boletines|boletim|nieuwsbrief)\b.{0,100}$"#,
                        .contains(["newsletter", "infolettre", "boletín", "boletines", "boletim", "nieuwsbrief"])
                    ),
                    Pattern(#"^jetzt\b.{0,40}\babonnieren\W*$"#, .prefix(["jetzt"])),
                    // Messaging-channel and app prompts: "Follow our WhatsApp
                    // channel for breaking news", "Receba as notícias no seu
                    // WhatsApp", "Baixe o app na App Store e no Google Play";
                    // never a reported sentence.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told|disse|afirmou|dijo|a déclaré|sagte)\b)(?!.{40,}[.!]["”’)]?$)(?:.{0,80}\b(?:whatsapp|telegram)\b.{0,40}\b(?:channel|canal|kanal|chaîne|community|comunidade|comunidad|group|grupo)\b|(?:join|follow|get|receive|receba|entre|siga|participe|únete|sigue|recibe|rejoignez|suivez|recevez|folgen|abonnieren|erhalten)\b.{0,80}\b(?:whatsapp|telegram)\b|(?:download|get|install|baixe|descarga|descargue|téléchargez|laden sie|hol dir|scarica)\b.{0,80}\b(?:app|aplicativo|aplicación|application|appli)\b.{0,40}\b(?:app store|google play|play store)\b).{0,100}$"#,
                        .contains(["whatsapp", "telegram", "app store", "google play", "play store"])
                    ),
                    // Welsh: "Cofrestrwch i dderbyn ein cylchlythyr",
                    // "Tanysgrifiwch i'n cylchlythyr".
                    Pattern(
                        #"^\W*(?:cofrestrwch|tanysgrifiwch|ymunwch)\b[^.!?]{0,60}\bcylchlythyr\b[^.!?]{0,60}[.!]?$"#,
                        .prefix(["cofrestrwch", "tanysgrifiwch", "ymunwch"])
                    ),
                ],
                maxLength: 260
            ),
            startsFooter: true
        ),
        Rule(
            name: "comments",
            kind: .furniture,
            summary:
                "Comment widgets: \"Comments (12)\", \"Leave a reply\", \"Comments are closed.\", \"Your email address will not be published\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti|replies|reacties?|komentarze|komentarzy|(?:reageer|plaats een reactie)(?: op dit (?:artikel|bericht|verhaal))?)(?:\s*\(\d+(?: reacties?| comments?)?\)|\s*[:-]?\s*\d+)?\W*$"#,
                        .prefix([
                            "comment", "kommentar", "comentar", "comentár", "replies", "reactie", "reageer", "plaats",
                            "komentarz",
                        ])
                    ),
                    // A prompt to comment, with its count: "Comente esta
                    // notícia (12)", "Commentez cet article", "Comment on this story".
                    Pattern(
                        #"^(?:comente|comenta|comentar|commentez|commenter|kommentieren sie|kommentieren|commenta|comment on|skomentuj|komentuj)(?: (?:esta|este|a|o|la|el|cet|cette|this|diesen|diese|questo|questa|l['’]))?\s*(?:notícia|noticia|matéria|artigo|artículo|nota|article|story|post|artikel|beitrag|articolo|notizia)?(?:\s*\(\d{1,5}\))?\W*$"#,
                        .prefix([
                            "comente", "comenta", "comentar", "comment", "kommentieren", "commenta", "skomentuj",
                            "komentuj",
                        ])
                    ),
                    Pattern(
                        #"^\d+\s+(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti|replies|responses|reactions|reacties?)\W*$"#,
                        .all([
                            .prefix(digits),
                            .contains([
                                "comment", "kommentar", "comentar", "comentár", "replies", "responses", "reactions",
                                "reactie",
                            ]),
                        ])
                    ),
                    Pattern(
                        #"^(?:view|show|hide|load|loading|read|see|add|post|leave|write|open|submit)(?: all| the| your| a| more)?(?: \d+)? (?:comments?|replies|reply)\b.{0,40}$"#,
                        .prefix([
                            "view", "show", "hide", "load", "read", "see", "add", "post", "leave", "write", "open",
                            "submit",
                        ])
                    ),
                    Pattern(#"^join the (?:conversation|discussion|debate)\b"#, .prefix(["join"])),
                    // A count, then the prompt: "0 Comments · Be the first to comment".
                    Pattern(
                        #"^\d{1,5}\s+(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti|replies)\s*[|·•–—-]\s*(?:be the first to comment|add yours|add (?:a|your) comment|join (?:in|the (?:conversation|discussion))|leave a (?:comment|reply)|have your say)\W*$"#,
                        .all([.prefix(digits), .contains(["comment", "kommentar", "comentar", "comentár", "replies"])])
                    ),
                    // A prompt that goes on: "Have your say - join the
                    // conversation below.", "Comments are moderated."
                    Pattern(
                        #"^(?:have your say|tell us what you think|what do you think)(?:(?: (?:on|about|of) (?:this|the) (?:story|article|issue|report|post|piece))?\W+(?:join|comments?|leave|tell|share|add|let)\b.{0,120}| (?:on|about|of) (?:this|the) (?:story|article|report|post|piece)\W*)$|^(?:all )?comments (?:are|will be) (?:moderated|reviewed|pre-moderated)\b.{0,120}$"#,
                        .prefix(["have your", "tell us", "what do", "comments", "all comments"])
                    ),
                    // Not in a reported sentence ("Comments are closed until
                    // Friday, the clerk said.").
                    Pattern(
                        #"^(?!.*\b(?:said|says|told|added|according to|announced|explained|wrote)\b).*?\bcomments? (?:section |thread )?(?:is |are |has been |have been )?(?:now )?(?:closed|disabled|turned off|open for)\b"#,
                        .contains(["comment"])
                    ),
                    Pattern(#"\b(?:our|the) comments? section\b"#, .contains(["comment"])),
                    // The whole line says comments are off ("Comments on this
                    // story have been switched off.", "Kommentare (0) —
                    // Diskussion geschlossen"); a sentence that goes on
                    // ("…, the clerk said") is content.
                    Pattern(
                        #"^\W*(?:(?:comments?|commenting|replies)(?: (?:on|for|to|under) (?:this|the) (?:story|article|post|piece|page|report))?(?: (?:is|are|has been|have been|were|was))?(?: now| currently| temporarily)? (?:closed|disabled|switched off|turned off|suspended|paused|unavailable|not available|off)(?: (?:for|on) this (?:story|article|post|piece))?|(?:die )?kommentarfunktion (?:ist )?(?:deaktiviert|geschlossen|abgeschaltet)|(?:les )?commentaires (?:sont )?(?:fermés|désactivés)|(?:los )?comentarios (?:están )?(?:cerrados|desactivados)|(?:os )?comentários (?:estão )?(?:encerrados|desativados|fechados)|commenti (?:sono )?(?:chiusi|disattivati)|komentarze (?:są )?(?:wyłączone|zamknięte)|(?:comments?|kommentare?|commentaires?|comentarios?|comentários|commenti|komentarze)\s*(?:\(\d+\))?\s*[-–—|·:]\s*(?:discussion|diskussion|débat|debate|dyskusja|discussione|discusión|discussão|comments?) (?:closed|geschlossen|beendet|fermée?|close|cerrad[ao]|encerrad[ao]|chius[ao]|zamknięta))\W*$"#,
                        .prefix([
                            "comment", "replies", "die kommentar", "kommentar", "les commentaires", "commentaires",
                            "los comentarios", "comentar", "os comentários", "comentár", "commenti", "komentarze",
                        ])
                    ),
                    Pattern(
                        #"^(?:be the first to comment|no comments yet|conversation|discussion|leave a reply|post a reply|cancel reply|reply|your email address will not be published.*|required fields are marked.*|comment on this (?:story|article)|have your say|what do you think\?.{0,80}|(?:tell|let) us (?:know )?what you think\b.{0,80})(?:\s*\(\d+\))?\W*$"#,
                        .prefix([
                            "be the", "no comments", "conversation", "discussion", "leave", "post", "cancel", "reply",
                            "your email", "required", "comment", "have your", "what do you", "tell us", "let us",
                        ])
                    ),
                    // Comment and feedback prompts: "Comments (3) | Add
                    // yours", "Réagir à cet article", "Deja tu comentario",
                    // "Jetzt kommentieren", "Was this article helpful? 👍 👎".
                    Pattern(
                        #"^\W*(?:(?:comments?|commentaires?|comentarios?|comentários|kommentare?|commenti)\s*(?:\(\d+\)|\d+)?\s*[|·•–—-]\s*(?:add yours|add (?:a|your) comment|join in|have your say|join the (?:conversation|discussion)|(?:be the )?first to comment)|réagir(?: à (?:cet|l['’]) ?article)?(?:\s*\(\d{1,5}(?: (?:commentaires?|réactions?))?\))?|(?:laisser|ajouter|écrire) un commentaire|deja (?:tu|un|su) comentario|comenta(?:r)?(?: (?:esta|la) noticia)?|(?:jetzt )?kommentieren|(?:einen )?kommentar schreiben|lascia un commento|commenta(?: l['’]articolo)?|deixe (?:seu|o seu|um|sua) comentário|(?:was|is) this (?:article|story|page|information|post) (?:helpful|useful)\??(?:\W*(?:yes|no))*|did you find this (?:article|story|page) (?:helpful|useful)\??(?:\W*(?:yes|no))*|rate this (?:article|story)|¿?te (?:ha )?(?:resultó|resultado|pareció) útil(?: (?:esta|la) (?:noticia|información))?\??(?:\W*(?:sí|no))*|cet article vous a-t-il été utile\s*\??(?:\W*(?:oui|non))*|war dieser artikel hilfreich\??(?:\W*(?:ja|nein))*)\W*$"#,
                        .prefix([
                            "comment", "kommentar", "comentar", "comentár", "réagir", "laisser", "ajouter", "écrire",
                            "deja", "comenta", "jetzt", "kommentier", "einen", "lascia", "deixe", "was this",
                            "is this", "did you", "rate", "¿", "te ", "cet article", "war dieser",
                        ])
                    ),
                ],
                maxLength: 400
            ),
            startsFooter: true
        ),
        Rule(
            name: "report-error",
            kind: .furniture,
            summary:
                "Correction and tip prompts: \"Report a typo\", \"Do you want to report an error or a typo? Click here!\", \"Got a news tip?\", \"Have storm photos? Upload them here\".",
            detector: .line(
                patterns: [
                    // A call to action that ends in "here", after a question
                    // or at the line's start: "Have storm photos? Upload
                    // them to KVRT 7 here", "Nominate them here."; never a
                    // reported sentence.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)(?:.{0,120}[?!:]\s+)?(?:click|tap|upload|submit|send|share|nominate|register|vote|sign up|apply|enter|donate|subscribe|find out more|learn more|read more|watch|listen|tell us|let us know|get in touch|contact us|email us|message us)\b[^.!?]{0,60}\bhere\W*$"#,
                        .all([
                            .tail(within: 8, ["here"]),
                            .contains([
                                "click", "tap", "upload", "submit", "send", "share", "nominate", "register", "vote",
                                "sign up", "apply", "enter", "donate", "subscribe", "find out", "learn more",
                                "read more", "watch", "listen", "tell us", "let us know", "get in touch", "contact us",
                                "email us", "message us",
                            ]),
                        ]),
                        searchedTail: 220
                    ),
                    Pattern(
                        #"^(?:do you want to |want to |would you like to |help us |please |click here to |to )?(?:report|submit|send us|suggest) an? (?:error|typo|correction|mistake|problem)(?: (?:or|and) an? \w+)?(?: (?:in|on|with) (?:this|the|our) (?:article|story|page|report))?\s*(?:[?!.:]|$)(?:\s*(?:click|tap|let us know|contact|tell|email|write|here|use)\b.{0,60})?$"#,
                        .contains(["error", "typo", "correction", "mistake", "problem"])
                    ),
                    // Filipino: "I-report ang mali sa artikulong ito",
                    // "Iulat ang pagkakamali".
                    Pattern(
                        #"^(?:i-?report|iulat|ipaalam|ipagbigay-alam)(?: (?:po|sa amin|ninyo|mo))? (?:ang |ang isang |ang anumang )?(?:mali|pagkakamali|error|typo)\b[^.!?]{0,60}[.!?]?$"#,
                        .prefix(["i-report", "ireport", "iulat", "ipaalam", "ipagbigay"])
                    ),
                    Pattern(
                        #"^(?:have you |you |did you )?(?:spot(?:ted)?|found|find|seen|noticed?|see) (?:an? (?:error|typo|mistake|inaccuracy)(?: in (?:this|the|our) (?:article|story|report|reporting|coverage))?|something (?:wrong|off|incorrect|amiss|inaccurate) in (?:this|our) (?:article|story|report|reporting|coverage))\s*[?!]"#,
                        .all([
                            .contains([
                                "error", "typo", "mistake", "inaccura", "wrong", "something off", "incorrect", "amiss",
                            ]), .contains(["?", "!"]),
                        ])
                    ),
                    Pattern(
                        #"\b(?:report an? (?:error|typo)|an? (?:error|typo|mistake))\b.{0,40}\b(?:click here|let us know|contact us|tell us|email us|write to us)\b"#,
                        .contains(["error", "typo", "mistake"])
                    ),
                    Pattern(#"^(?:our )?corrections? policy\b"#, .contains(["correction"])),
                    // Where corrections go: "For corrections and
                    // clarifications, write the Readers' Editor at …".
                    Pattern(
                        #"^(?!.*\b(?:said|says|told|according)\b)(?:for|to (?:request|report|submit|send)) (?:a |any )?corrections?(?: (?:and|or|&) clarifications?)?\b.{0,80}\b(?:write|email|e-mail|contact|call|reach|mail|send|at)\b.{0,120}$"#,
                        .contains(["correction"])
                    ),
                    Pattern(
                        #"^(?:signaler une erreur|reportar un error|fout gezien(?: in dit (?:artikel|bericht|verhaal))?\?|(?:een )?fout (?:melden|gevonden|gezien)|relatar um erro|fehler (?:melden|gefunden)|segnala un errore|(?:sie haben|haben sie|hast du) einen fehler (?:entdeckt|gefunden)\?|vous avez (?:repéré|trouvé|vu) une erreur\s*\?|¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error(?: en (?:esta|este|la|el) (?:nota|noticia|artículo|información|texto))?\?|¿?(?:encontr(?:aste|ó)|viste|detectaste) (?:un|algún) error(?: en (?:esta|este|la|el) (?:nota|noticia|artículo|información|texto))?\?|(?:encontrou|viu|achou) (?:um|algum) erro(?: (?:nesta|neste|na|no) (?:matéria|notícia|reportagem|texto|artigo))?\?)"#,
                        .contains(["erreur", "error", "erro", "fehler", "fout"])
                    ),
                    Pattern(
                        #"^(?:(?:do you have|got|have) an? (?:news |story )?(?:tip|idea|lead)\b.{0,80}|(?:send|submit|share) (?:us )?(?:a |your )?(?:news |story )?(?:tips?|ideas?)\W*)$"#,
                        .contains(["tip", "idea", "lead"])
                    ),
                    // "Signaler une coquille", "Une erreur? Report an error:
                    // desk@…", "Melden Sie einen Fehler".
                    Pattern(
                        #"^(?:[^.!?]{0,40}\?\s*)?(?:report|signale[rz]|signalez-nous|notify us of|melden sie|segnala(?:ci)?|reporta|informe) (?:an? |une |un |einen |un |uno |una )?(?:error|typo|mistake|coquille|erreur|faute|fehler|tippfehler|errore|refuso|errata|erro)s?\b(?:\s*[:|–—-]\s*[\w.+-]+@[\w.-]+|\s*[?!.])?\W*$"#,
                        .all([
                            .contains([
                                "error", "typo", "mistake", "coquille", "erreur", "faute", "fehler", "errore", "refuso",
                                "errata", "erro",
                            ]),
                            .contains(["report", "signal", "notify", "melden", "segnala", "informe"]),
                        ])
                    ),
                    // "Error? Let us know", "Spotted a typo? Tell us".
                    Pattern(
                        #"^(?:an? |spotted an? |found an? |see an? )?(?:error|typo|mistake|correction|inaccuracy)s?\s*\?\s*(?:let us know|tell us|contact us|email us|write to us|report it|get in touch)\b[^.!?]{0,60}[.!]?$"#,
                        .contains(["error", "typo", "mistake", "correction", "inaccuracy"])
                    ),
                ],
                maxLength: 200
            ),
            startsFooter: true
        ),
        Rule(
            name: "copyright",
            kind: .credit,
            summary: "Copyright and rights lines: \"© 2026 Outlet, a division of Company\", \"All rights reserved\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}\b)|copyright\b[^.!?]{0,60}$|[^\W\d]{3,20}\s*©)"#,
                        .contains(["©", "(c)", "copyright"])
                    ),
                    Pattern(
                        #"\b(?:all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati)\b"#,
                        .contains([
                            "rights reserved", "droits réservés", "derechos reservados", "direitos reservados",
                            "rechte vorbehalten", "diritti riservati",
                        ])
                    ),
                    Pattern(
                        #"\bmay not be (?:published|reproduced|republished|copied),? (?:broadcast|distributed|rewritten)"#,
                        .contains(["may not be"])
                    ),
                ],
                maxLength: 250
            ),
            startsFooter: true
        ),
        Rule(
            name: "outlet-credit",
            kind: .credit,
            summary:
                "Outlet credits: \"This article was originally published by …\", \"Republished with permission\", \"Outlet, a division of Company\".",
            detector: .line(
                patterns: [
                    // A wire story's credits: "(Reporting by …; Editing by
                    // …)", "(With inputs from agencies)", "(Compiled by …)".
                    Pattern(
                        #"^\(\s*(?:(?:additional |further )?(?:reporting|writing|editing|compiled|compilation|research|graphics|inputs?)(?: and (?:writing|editing|reporting))? (?:by|from)|with (?:inputs?|reporting|additional reporting) (?:from|by)|(?:text|photos?|video) (?:by|from))\b[^()]{2,240}\)\.?$"#,
                        .all([
                            .prefix([
                                "reporting", "additional", "further", "writing", "editing", "compil", "research",
                                "graphics", "input", "with", "text", "photo", "video",
                            ]),
                            .suffix([")"]),
                        ])
                    ),
                    // Affiliate disclosures: "When you purchase through links on
                    // our site, we may earn an affiliate commission.", "<Site> is
                    // reader-supported. We may earn a commission …", maybe
                    // after one sentence on how the outlet tests products.
                    Pattern(
                        #"^(?:[^.!?]{10,160}[.!?]\s+)?(?:(?:when|if) you (?:buy|purchase|shop|click)[^.!?]{0,60}\blinks?\b[^.!?]{0,60}\bwe may (?:earn|receive|get)\b[^.!?]{0,60}\b(?:commission|fee)\b|(?-i:[A-Z])[\w&.'’ -]{1,40} is (?:reader|audience|user)-supported\b|we may (?:earn|receive|get) (?:an? )?(?:affiliate |small )?(?:commission|fee)\b[^.!?]{0,60}\b(?:links?|buy|purchase)\b|(?:this (?:article|post|page|story) )?(?:contains|includes|may contain) affiliate links\b).{0,200}$"#,
                        .contains(["commission", "supported", "affiliate"])
                    ),
                    // A labelled notice: "Affiliate notice: Some links in our
                    // Rural Life section may earn <Outlet> a small commission."
                    Pattern(
                        #"^(?:affiliate|affiliate[- ]link|commerce) (?:notice|disclosure|note|policy)\s*[:|–—-]\s*\S.{10,300}$"#,
                        .prefix(["affiliate", "commerce"])
                    ),
                    // The outlet as the subject: "KVRT 7 may receive a
                    // commission on purchases made through links in this
                    // article."; a link is always named.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)[^.!?]{2,60}\b(?:may|might|could|can|will) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:affiliate )?(?:commissions?|share of (?:sales|revenue)|compensation|fees?)\b[^.!?]{0,80}\blinks?\b[^!?]{0,60}$"#,
                        .all([.contains(["commission", "share of", "compensation"]), .contains(["link"])])
                    ),
                    // A contributor credit closing the story: "Wire services
                    // contributed to this report.", "The Associated Press
                    // contributed reporting."
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)[^.!?]{2,80}\b(?:contributed|also contributed|contributed reporting) (?:(?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)|reporting)\.?$"#,
                        .contains(["contributed"])
                    ),
                    // A sponsor disclosure: "The Herald's community pages are
                    // supported by the … Trust. The trust has no input into
                    // story selection.", "Regional Democracy Reporting is
                    // funded by …"; the subject is the outlet's own work.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)(?:(?:this|our|the (?:[\w'’&-]+ ){0,2}[\w&-]+['’]s?) (?:[\w'’-]+ ){0,3}(?:reporting|journalism|coverage|pages?|series|section|newsletter|podcast|beat|fellowship)|(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3} (?-i:Reporting|Journalism)(?: (?-i:[A-Z])[\w'’-]*){0,2}) (?:is|are|was|were) (?:(?:made possible|supported|funded|sponsored|underwritten|paid for)(?: in part)?(?: by| through| with)?)\b[^!?]{2,240}$"#,
                        .all([
                            .contains(["supported", "funded", "sponsored", "underwritten", "made possible", "paid for"]
                            ),
                            .contains([
                                "reporting", "journalism", "coverage", "page", "series", "section", "newsletter",
                                "podcast", "beat", "fellowship",
                            ]),
                        ])
                    ),
                    Pattern(
                        #"\b(?:supported|funded|sponsored|underwritten|made possible)\b[^!?]{2,160}\b(?:has|have|had) no (?:editorial )?(?:input|control|influence|say|involvement)\b"#,
                        .all([
                            .contains(["supported", "funded", "sponsored", "underwritten", "made possible"]),
                            .contains([" no "]),
                        ])
                    ),
                    Pattern(
                        #"^(?:purchase|buy|request) (?:licensing|reprint|syndication) rights\W*$|^our standards\s*:.{0,80}$|^(?:published|syndicated) (?:via|through) .{2,60}$"#,
                        .prefix([
                            "purchase", "buy", "request", "our standards", "published via", "published through",
                            "syndicated",
                        ])
                    ),
                    Pattern(
                        #"^(?:this (?:article|story|piece|report|post|column|interview) (?:was |is |has been )?|it was |an? (?:earlier |shorter |longer )?version of this (?:article|story) (?:was |is |has been )?)?(?:originally|first) (?:published|appeared|posted|ran|aired)(?: (?:on|in|at|by|with|as) (?:[^,;]|, ?[^,;]{0,20}(?:\d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})\b){1,80}?){1,3}\W*$|^(?:originally|first) (?:published|appeared|ran) (?:by|in|on) (?:our |a )?(?:sister (?:title|paper|publication|site|newspaper)|partner (?:site|title|publication))(?:,? (?:the )?[^,;.]{2,60})?\.?$"#,
                        .contains(["originally", "first"])
                    ),
                    // "This X was first carried/printed/… by/in …": with the
                    // "this article" subject any wording after it is a credit.
                    Pattern(
                        #"^(?:this (?:article|story|piece|report|post|column|interview|feature|content) (?:was |is |has been )?(?:originally |first |initially )(?:published|appeared|posted|ran|aired|carried|printed|broadcast|featured|run)|dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals)|(?:cet article|ce texte|cette dépêche) a (?:d['’]abord |initialement |originellement )?été (?:publiée?|diffusée?)(?: (?:initialement|d['’]abord|originellement|en premier))?(?: (?:par|dans|sur))|(?:este|esta) (?:artigo|artículo|texto|conteúdo|contenido|matéria|reportagem|nota|información|informação|noticia|notícia|crónica|entrevista) (?:foi|fue|ha sido) (?:originalmente |inicialmente )?publicad[oa](?: originalmente| inicialmente| primero)?|questo articolo è stato (?:originariamente |inizialmente )?pubblicato|dit artikel verscheen (?:eerder|oorspronkelijk|eerst)|artykuł (?:ukazał się|został opublikowany) (?:pierwotnie|najpierw))\b.{0,140}$"#,
                        .prefix([
                            "this", "dieser", "cet", "ce texte", "cette", "este", "esta", "questo", "dit", "artykuł",
                        ])
                    ),
                    // The same credits without brackets, naming someone:
                    // "With reporting from Ana Ruiz, Herald correspondent",
                    // "Additional reporting by Reuters".
                    Pattern(
                        #"^[-–—\s]*(?:with (?:additional )?(?:reporting|inputs?|contributions?) (?:from|by)|(?:additional|further) reporting (?:by|from))\s+(?-i:[A-Z])[^.!?]{1,160}\.?$"#,
                        .prefix(["with", "additional", "further"])
                    ),
                    // A Canadian-style wire credit: "With files from The
                    // Canadian Press", "— With files from Reuters, AP". Only
                    // names follow a comma, so "With files from the
                    // inquiry, police reopened the case." is prose.
                    Pattern(
                        #"^[-–—\s]*with (?:additional )?files (?:from|by) (?:the )?(?-i:\p{Lu})(?:[^.!?;,]|[,;] ?(?:and )?(?:the )?(?-i:\p{Lu})){1,120}\.?$"#,
                        .prefix(["with"])
                    ),
                    // A source credit on its own line: "Com informações da
                    // Agência Brasil", "Con información de EFE", "Avec AFP".
                    Pattern(
                        #"^(?:com informações|con información|con informazioni|avec des informations|with (?:information|inputs) from) (?:de |da |do |das |dos |del |de la |di |della |dell['’])?[^.!?,;]{2,80}\.?$|^avec (?:l['’])?(?:afp|ats|reuters|belga|ap)\b[^.!?]{0,40}$"#,
                        .prefix(["com inform", "con inform", "avec", "with inform", "with input"])
                    ),
                    // A story taken from a feed: "This story has been published
                    // from a wire agency feed without modifications to the text."
                    Pattern(
                        #"^(?:this|the above) (?:story|article|report|piece|copy) (?:has been|was|is|had been) (?:published|sourced|taken|generated|auto-generated|carried|edited|adapted) (?:from|via|through|off|using) (?:an? |the )?(?:wire|syndicated|news agency|agency|third[- ]party|automated|partner)\b.{0,160}$"#,
                        .prefix(["this", "the above"])
                    ),
                    // Legal and affiliate notices: "Disclaimer: The views …",
                    // "This post contains affiliate links."
                    Pattern(
                        #"^(?:disclaimer|disclosure|avertissement|aviso legal|descargo de responsabilidad|haftungsausschluss|hinweis)\s*:.{10,400}$|^(?:this|the) (?:post|article|story|page|guide|review|list) (?:may )?(?:contains?|includes?|uses?|has) affiliate links?\b.{0,200}$|^(?:we|i) (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|fee|share of sales) (?:from|on|when|if|for)\b(?!.*\b(?:said|says|told)\b).{0,200}$"#,
                        .prefix([
                            "disclaimer", "disclosure", "avertissement", "aviso", "descargo", "haftung", "hinweis",
                            "this", "the", "we", "i ",
                        ])
                    ),
                    Pattern(
                        #"^(?:this (?:article|story|piece|post) (?:is |was |has been )?)?(?:republished|reprinted|reposted|syndicated|reproduced|shared|distributed)\b.{0,40}\b(?:permission|creative commons|licen[cs]e|agreement|partnership|arrangement)\b.{0,150}$"#,
                        .contains(["republish", "reprint", "repost", "syndicat", "reproduc", "shared", "distributed"])
                    ),
                    Pattern(
                        #"^(?:©\s*)?[\w&.'’ -]{2,60},? (?:is )?an? (?:division|subsidiary|publication|brand) of (?-i:[A-Z])[\w&.'’ ,-]{1,80}\.?$"#,
                        .contains(["division of", "subsidiary of", "publication of", "brand of"])
                    ),
                    // Membership of a press council or code: "The Herald is a
                    // member of the Media Council", "Le Phare est membre du
                    // Conseil de presse de l'Atlantique."
                    Pattern(
                        #"^(?!.*\b(?:said|says|told|according|dit|a déclaré|sagte|dijo|disse)\b)[^.!?]{2,60}? (?:is (?:a )?(?:proud )?member of|is regulated by|subscribes to|adheres to|is a signatory (?:to|of)|est (?:membre|signataire) (?:du|de la|de l['’]|des)|ist mitglied (?:des|der|im)|es miembro (?:del|de la)|é membro (?:do|da)|inazingatia|inafuata|ni mwanachama wa) (?:the )?[^.!?]{0,60}?(?:press council|media council|complaints commission|ipso|impress|news media council|editors['’] code|press ombudsman|ombudsman|trust project|conseil de presse|conseil québécois de presse|presserat|consejo de (?:la )?prensa|conselho de imprensa|kanuni za maadili|baraza la habari)\b[^,;!?]{0,80}$"#,
                        .all([
                            .contains([
                                "member", "membre", "regulated", "subscribes", "adheres", "signat", "mitglied",
                                "miembro", "inazingatia", "inafuata", "mwanachama",
                            ]),
                            .contains([
                                "council", "commission", "ipso", "impress", "code", "ombudsman", "trust project",
                                "conseil", "presserat", "consejo", "conselho", "kanuni", "baraza",
                            ]),
                        ])
                    ),
                    // The story's edition in another language: "This story is
                    // also available in French / Cet article est aussi offert
                    // en français", "Lire en français", "Read in English".
                    Pattern(
                        #"^\W*(?:(?:this|the) (?:story|article|page) is (?:also )?available in \p{L}+|read (?:this |the )?(?:story|article) in \p{L}+|read (?:it )?in (?:english|french|spanish|german|portuguese|italian|dutch|arabic|chinese|irish|welsh|afrikaans|zulu|hindi|tagalog|filipino)|cet article est (?:aussi |également )?(?:offert|disponible) en \p{L}+|(?:lire|lisez|consulter) (?:cet article |l['’]article |la version )?en (?:français|anglais|espagnol)|version (?:française|anglaise|english|français|en français|en anglais)|english version|(?:leer|lea|ler|leia) (?:en|em) (?:inglés|español|francés|inglês|português)|(?:auf )?(?:deutsch|englisch) lesen|in english|en français|en español)(?:\s*[/|·•–—-]\s*[^/|·•]{2,80})?\W*$"#,
                        .contains([
                            "available in", "read in", "read it in", "read this", "story in", "article in", "offert en",
                            "disponible en", "lire en", "lisez", "consulter", "version fran", "version angl",
                            "version en", "version english", "english version", "leer en", "lea en", "ler em",
                            "leia em", "deutsch lesen", "englisch lesen", "in english", "en français", "en español",
                        ])
                    ),
                    // "This story was translated from Welsh", "This story was
                    // produced in partnership with the … Collaborative".
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)(?:this|the) (?:story|article|report|piece|project|series|coverage|investigation|reporting) (?:was|is|has been) (?:translated (?:from|into) \p{L}+(?: by [^.!?]{2,40})?|(?:produced|published|reported|written|created|made|done) (?:in partnership|in collaboration|in association|jointly) with [^!?]{2,120})\W*$"#,
                        .contains(["translated", "partnership", "collaboration", "association", "jointly"])
                    ),
                    // The imprint: "Published by Harbour Media Ltd, 4 Quay
                    // Street, Aberaeron", "Cyhoeddir gan Gwmni Glannau Cyf., …".
                    Pattern(
                        #"^(?:(?:published|printed|produced)(?: and (?:printed|published))? by|cyhoeddir gan|argraffwyd gan|imechapishwa na) (?-i:\p{Lu})[^!?]{0,60}?\b(?:ltd|limited|llc|inc|plc|cyf|gmbh|s\.?a|b\.?v|pty|sdn bhd|group|media|press|publishing|publications|newspapers)\b\.?(?:,\s*[^!?]{2,80})?$"#,
                        .prefix(["published", "printed", "produced", "cyhoeddir", "argraffwyd", "imechapishwa"])
                    ),
                    // Welsh funding credits: "Cefnogir Glannau gan Gronfa …".
                    Pattern(
                        #"^(?:cefnogir|ariennir|noddir) [^.!?]{2,40} gan [^!?]{2,120}$"#,
                        .prefix(["cefnogir", "ariennir", "noddir"])
                    ),
                    // A public radio station's underwriting credit: "Support
                    // for KHDR comes from …", "Support comes from Piñon Lane
                    // Books, an independent bookstore …".
                    Pattern(
                        #"^(?!.*\b(?:said|says|told)\b)(?!.*\b(?:listeners|readers|viewers|members|donors|people) like you\b)(?:support for (?:(?-i:[A-Z]{3,5})\b[\w .'’-]{0,30}?|this (?:program|programme|station|podcast|newsletter|site|coverage|reporting)) (?:comes|is provided) (?:from|by)|support comes from (?-i:\p{Lu})[^,]{2,50},\s*(?:an?|the|your|proudly|serving|offering|providing|caring|hosting|helping)\b|underwriting (?:support )?(?:for [^.!?]{2,40} )?(?:comes|is provided) (?:from|by))[^!?]{0,200}$"#,
                        .prefix(["support", "underwriting"])
                    ),
                ],
                maxLength: 300
            ),
            startsFooter: true
        ),
        Rule(
            name: "taxonomy",
            kind: .furniture,
            summary:
                "Category and tag lists: \"Categories: …\", \"Tags: , , ,\", \"Filed under: …\", \"Posted in: …\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:categories|category|tags?|tagged(?: with| in)?|filed (?:under|in)|posted in|topics?|keywords|labels|themen|schlagwörter|schlagworte|étiquettes|mots-clés|mots clés|catégories|etiquetas|categorías|temas|categorias|palavras-chave|argomenti|mais sobre|más sobre|more on|more about|plus sur|mehr zu|meer over|altro su|ämnen|ämne|taggar|kategorier|nyckelord|emner|stikkord|clibeanna|tagi|kategorie|tematy|etykiety|słowa kluczowe|tagiau|categorïau|pynciau|lebo|vitambulisho|mada)\s*:\s*\S(?:(?-i:\b[A-Z][a-z]{0,2}\.)|[^.!?]){0,200}$"#,
                        .prefix([
                            "categor", "tag", "filed", "posted in", "topic", "keywords", "labels", "themen", "schlagw",
                            "étiquettes", "mots", "catégories", "etiquetas", "temas", "palavras", "argomenti",
                            "mais sobre", "más sobre", "more on", "more about", "plus sur", "mehr zu", "meer over",
                            "altro su", "ämne", "taggar", "kategorier", "nyckelord", "emner", "stikkord", "clibeanna",
                            "tagi", "kategorie", "tematy", "etykiety", "słowa", "tagiau", "pynciau", "lebo",
                            "vitambulisho", "mada",
                        ])
                    ),
                    // A line of hashtags only: "#Penang #costofliving",
                    // "#MereTogether" (not a ranking: "#1").
                    Pattern(#"^(?:#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]{2,40}[\s,]*)+$"#, .contains(["#"])),
                    // A blog's post meta: "Posted in Homelab, Hardware | Tagged
                    // energy, mini pc | 14 Comments".
                    Pattern(
                        #"^(?:posted|filed|published) (?:in|under) [^|.!?]{1,80}\|\s*(?:tagged|tags|\d{1,5} comments?|leave a comment|comments? (?:off|closed)|no comments|permalink|edit)\b.{0,200}$"#,
                        .all([.prefix(["posted", "filed", "published"]), .contains(["|"])])
                    ),
                ],
                maxLength: 300
            ),
            startsFooter: true
        ),
        Rule(
            name: "navigation",
            kind: .furniture,
            summary:
                "Navigation leftovers: \"Back to top\", \"Skip to content\", \"Next article\", \"Source link\", \"5 min read\", breadcrumbs.",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^\W*(?:(?:jump|go|head|scroll|skip|return|take me|get) (?:back )?(?:up )?to (?:the )?top(?: button| of (?:the )?(?:page|article|story))?|back to (?:the )?top(?: button| of (?:the )?page)?|return to top|go to top|scroll to top|top of page|top|skip to (?:main )?content|skip navigation|(?:next|previous|prev|older|newer) (?:article|story|post|entry)(?:\s*[:→»›>]\s*.{2,150})?|(?:artículo|nota|entrada|noticia|article|billet) (?:anterior|siguiente|précédent|suivant)(?:\s*[:→»›>]\s*.{2,150})?|prev|menu|close|search|home|sections|haut de page|retour en haut|volver arriba|ir arriba|voltar ao topo|nach oben|zurück nach oben|torna su|load more|show more|more stories|see more|view more|loading\W*|open in (?:the )?app|download (?:our|the) app.*|(?:download|get|install) (?:the |our )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3} app\b[^.!?]{0,80}|get the app.*|source link|source|original article|view (?:the )?original(?: article| story)?|read (?:the )?original(?: article| story)?|\d{1,3} ?min(?:ute)?s? read|reading time\s*:?\s*\d{1,3} ?min\w*|lesezeit\s*:?\s*\d{1,3} ?min\w*)\W*$"#,
                        .prefix(
                            digits + [
                                "back", "return", "go ", "scroll", "top", "skip", "next", "previous", "prev", "menu",
                                "close", "search", "home", "sections", "haut", "retour", "volver", "ir ", "voltar",
                                "nach", "zurück", "torna", "load", "show", "more", "see", "view", "open", "download",
                                "get", "source", "original", "read", "reading", "lesezeit", "jump", "head", "take me",
                                "install", "older", "newer", "artículo", "nota", "entrada", "noticia", "article",
                                "billet",
                            ]
                        )
                    ),
                    // A row of three or more short links, maybe under a label:
                    // "Match Centre: Stats · Lineups · Timeline →", "Live
                    // scores: NPL | Premier Reserves | Under-18s"; no item is a
                    // sentence or longer than three words.
                    Pattern(
                        #"^(?:[^.!?:·•|]{2,30}:\s*)?[^.!?:·•|\s][^.!?:·•|]{0,24}(?:\s+[·•|]\s+[^.!?:·•|\s][^.!?:·•|]{0,24}){2,9}\s*[→»›>]?$"#,
                        .contains(["·", "•", "|"])
                    ),
                    // A breadcrumb trail of section names: "Sports › Cricket",
                    // "Region » Rhein-Lahn", "Audio / Headphones / Reviews";
                    // every part short, no sentence.
                    Pattern(
                        #"^[^.!?>»›]{2,30}(?:\s*[>»›]\s*[^.!?>»›]{2,30}){1,4}$|^(?-i:[A-Z])[\w&'’-]*(?: [\w&'’-]+){0,2}(?: / (?-i:[A-Z])[\w&'’-]*(?: [\w&'’-]+){0,2}){2,4}$"#,
                        .contains(["›", "»", ">", " / "])
                    ),
                    Pattern(
                        #"^(?:home|start|accueil|inicio|startseite|news)\s*(?:[>»›/|]\s*[^>»›/|]{1,30}){1,5}$"#,
                        .prefix(["home", "start", "accueil", "inicio", "news"])
                    ),
                    // "Rudi juu ↑", "Yn ôl i'r brig", "Ar ais go barr".
                    Pattern(
                        #"^\W*(?:rudi juu|yn ôl i['’]r brig|nôl i['’]r brig|ar ais go (?:dtí )?(?:an )?barr)\W*$"#,
                        .prefix(["rudi", "yn ôl", "nôl", "ar ais"])
                    ),
                ],
                maxLength: 70
            ),
            startsFooter: true
        ),
        Rule(
            name: "cookie-notice",
            kind: .furniture,
            summary: "Cookie and consent banners.",
            detector: .line(
                patterns: [
                    Pattern(
                        #"\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)|manage (?:cookie|consent|privacy) (?:settings|preferences)|nous utilisons des cookies|utilizamos cookies|wir verwenden cookies)\b"#,
                        .contains(["cookie", "consent", "privacy"])
                    )
                ],
                maxLength: 400
            ),
            startsFooter: true
        ),
        Rule(
            name: "paywall",
            kind: .furniture,
            summary:
                "Subscriber and support prompts: \"Already a subscriber?\", \"Subscribe now\", \"Become a member\", \"Support our journalism\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:subscribe (?:now )?to (?:read|continue|unlock).*|this (?:article|content|story) is (?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)(?: only)?.*|already a (?:subscriber|member)\??.*|log ?in to (?:read|continue).*|create (?:a free|an) account.*|(?:start|try) your free trial.*)$"#,
                        .prefix(["subscribe", "this", "already", "log", "create", "start", "try"])
                    ),
                    Pattern(
                        #"^(?:subscribe(?: now| today| here)?(?: to (?:the |our )?(?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3})?(?:\s*[—–:-]\s*|\s+)?(?:(?:for|from|at) .{1,40})?|become a (?:subscriber|member|supporter|patron)\b.{0,60}|support (?:our|independent|local|quality) (?:journalism|reporting|newsroom|work)\b.{0,80}|(?:donate|contribute)(?: now| today)?|(?:unlock|get) (?:unlimited|full|digital) access\b.{0,80}|you(?:['’]ve| have) (?:reached|read) (?:your|all|the) .{0,40}(?:free|limit).{0,80}|(?:log|sign) ?in(?: (?:or|/) (?:register|sign up|subscribe))?)\W*$"#,
                        .prefix([
                            "subscribe", "become", "support", "donate", "contribute", "unlock", "get", "you", "log",
                            "sign",
                        ])
                    ),
                    // A price per period in a prompt: "Subscribe to the ePaper —
                    // unlimited access at ₹99/month", "Not a subscriber yet? Get
                    // full access from J$500 a month"; never a reported sentence.
                    Pattern(
                        #"^(?!.*\b(?:said|says|told|according to)\b)(?=.{0,160}\b(?:subscribe|subscriber|subscription|access|membership|member)\b).{0,140}(?:\p{Sc}|\b[A-Z]{1,3}\$)\s?[\d,.]+\s*(?:/\s*|a |an |per )(?:month|mo|week|wk|year|yr|day)\b.{0,60}$"#,
                        .all([
                            .contains(["month", "week", "year", "/mo", "day"]),
                            .contains(["subscri", "access", "member"]),
                        ])
                    ),
                    // A teaser for subscribers: "🔒 PRO: Our analysts break down
                    // the deal — subscribers only", "Premium | … (members only)".
                    Pattern(
                        #"^\W*(?:(?:pro|premium|plus|insider|members?|subscribers?|exclusive|abonnenter|prenumeranter)\s*[:|]\s*.{2,160}?|.{2,160}?[—–-]\s*)\(?(?:for )?(?:pro |premium |paying )?(?:subscribers|members|abonnenter|prenumeranter) only\)?\W*$"#,
                        .contains(["only"])
                    ),
                    // A public broadcaster's or nonprofit's appeal: "Support
                    // for WLRB comes from listeners like you. Donate now.",
                    // "Donate to KXYZ: keep stories like this on the air",
                    // "Make a gift today"; a named recipient, never "donate
                    // to the food bank".
                    Pattern(
                        #"^\W*(?:support for (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,3} (?:comes|is provided) (?:from|by) (?:listeners|readers|viewers|members|donors|supporters|people) like you\b.{0,60}|donate to (?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3}(?:\s*[:—–-]\s*.{2,80})?|(?:make|give) (?:a|your) (?:gift|donation|contribution)(?: to (?-i:[A-Z])[\w'’&.-]*(?: (?-i:[A-Z])[\w'’&.-]*){0,3})?(?: today| now)?|(?:help )?keep (?:stories|journalism|reporting|news) like this (?:on the air|coming|free)\b.{0,40})\W*$"#,
                        .prefix([
                            "support for", "donate", "make a", "make your", "give a", "give your", "keep", "help keep",
                        ])
                    ),
                    // A price inside a prompt: "Never miss a story: subscribe
                    // for £1 a week"; never a sentence.
                    Pattern(
                        #"^(?!.*[.!]$).{0,60}\bsubscribe(?: now| today)? (?:for|from) (?:just |only )?(?:\p{Sc}|\d).{0,40}$"#,
                        .contains(["subscribe"])
                    ),
                    // A call to subscribe at the end of a promotion: "Mere TV
                    // subscribers can watch the full match on demand —
                    // subscribe now".
                    Pattern(
                        #"^(?=.{8,160}$)[^.!?]{4,130}\s[—–|-]\s*(?:subscribe|sign up|join|register|start your free trial|try it free)(?: (?:now|today|here|for free|free))?\W*$"#,
                        .all([
                            .tail(within: 30, ["subscribe", "sign up", "join", "register", "trial", "try it"]),
                            .contains(["—", "–", "|", " - "]),
                        ])
                    ),
                    // "Unlock more stories like this — subscribe from S$1".
                    Pattern(
                        #"^unlock (?:more|unlimited|full|all|every|premium) (?:stories|articles|access|reading|journalism|content)\b[^!?]{0,100}$"#,
                        .prefix(["unlock"])
                    ),
                ],
                maxLength: 200
            ),
            startsFooter: true
        ),
        Rule(
            name: "data-widget",
            kind: .furniture,
            summary:
                "Data widgets of business, sports and review pages: deal boxes (\"View Deal\", \"$129 at Shop\"), ticker tapes (\"HGFS +11.03%   CRVN -2.14%\"), quote boxes (\"$48.62 ▲ 4.83 (+11.03%)\"), a company's exchange line (\"Acme Corp. (NYSE: ACME)\"), \"Market data delayed 15 minutes\", investment and betting disclaimers, standings rows (\"1. Falcons  P4  W2  D2  Pts 48\").",
            detector: .line(
                patterns: [
                    // A ticker tape: two or more "<symbol or index> <signed
                    // change or price>" items and nothing else.
                    Pattern(
                        #"^(?:(?-i:[A-Z][A-Za-z&.]{0,11})(?: \d{2,4})?\s*\$?[+−-]?[\d,]+(?:\.\d+)?%?(?:\s+|\s*[|·•]\s*|$)){2,}$"#,
                        .contains(["%", "$"])
                    ),
                    // A quote box's price line: "$48.62  ▲ 4.83 (+11.03%)",
                    // "PLMF  $64.19  ▼ 0.88 (-1.35%)".
                    Pattern(
                        #"^(?:(?-i:[A-Z]{1,5})\s+)?\p{Sc}?[\d,]+\.\d{1,4}\s*[▲▼△▽↑↓+−-]\s*[\d,.]+\s*\(\s*[+−-]?[\d.]+\s*%\s*\)$"#,
                        .contains(["%"])
                    ),
                    // A company and its listing, alone or with the quote:
                    // "Harrowgate Freight Inc. (NYSE: HGFS)", "Brightmoor
                    // Media (NASDAQ: BRMD) | 31.08 | -1.47 | -4.52%".
                    Pattern(
                        #"^(?-i:[A-Z])[\w&.,'’ -]{1,60}\((?:nyse(?: american)?|nasdaq|amex|otc|tsx(?:-?v)?|asx|lse|lon|aim|tyo|hkex|sgx|jse|nse|bse|euronext|xetra|fra|six|omx|stockholm|oslo)\s*:\s*(?-i:[A-Z][A-Z0-9.]{0,6})\)(?:\s*[|·•]\s*[^|·•]{1,20}){0,6}$"#,
                        .contains([
                            "(nyse", "(nasdaq", "(amex", "(otc", "(tsx", "(asx", "(lse", "(lon", "(aim", "(tyo",
                            "(hkex", "(sgx", "(jse", "(nse", "(bse", "(euronext", "(xetra", "(fra", "(six", "(omx",
                            "(stockholm", "(oslo",
                        ])
                    ),
                    Pattern(
                        #"^(?:(?:market|markets|quote|quotes|stock|price|pricing|index) data\s+(?:is |are )?delayed\b.{0,120}|(?:prices|quotes)\s+(?:are )?delayed (?:by )?(?:at least |up to )?\d{1,2} ?min(?:ute)?s?\b.{0,80})$"#,
                        .contains(["delayed"])
                    ),
                    // Investment disclaimers, never a reported sentence: "This
                    // article is for informational purposes only…", "<Outlet>
                    // does not provide investment, tax or legal advice.",
                    // "Past performance is not indicative of future results."
                    Pattern(
                        #"^(?:(?:this|the) (?:article|content|story|material|information|newsletter|post) (?:is|was) (?:provided )?(?:for|solely for) (?:general )?information(?:al)?(?: and educational)? purposes(?: only)?\b.{0,200}|(?-i:[A-Z])[\w&.'’ -]{1,40} (?:does not|doesn['’]t) (?:provide|give|offer) (?:personal(?:ised|ized)? )?(?:investment|financial|tax|legal)(?:,? (?:or |and )?(?:investment|financial|tax|legal))* advice\b.{0,200}|past performance (?:is not|is no|does not guarantee)(?: an?)? (?:indicat(?:ive|ion)|guarantee|reliable indicator)s? of future (?:results|returns|performance)\W*)$"#,
                        .contains(["purposes", "advice", "past performance"])
                    ),
                    // Shopping widgets of reviews: "View Deal", "Today's best
                    // Halcyon Buds 3 deals", "🔥 Lowest price ever on …: now $79
                    // (save $50)", "⭐ Editor's Choice".
                    Pattern(
                        #"^\W*(?:view (?:deal|deals|offer|price|prices)|see (?:deal|price|all deals|all prices)|check (?:price|prices|availability)|shop now|buy now|today['’]s best .{2,60} deals|(?:lowest price ever|price drop|deal of the day|today only|limited[- ]time (?:deal|offer)|flash sale)\b.{0,100}\(save \p{Sc}?[\d,.]+%?\)|editor['’]?s['’]? choice|best buy award|top pick|recommended (?:award|pick))\W*$"#,
                        .prefix([
                            "view", "see", "check", "shop", "buy", "today", "lowest", "price", "deal", "limited",
                            "flash",
                            "editor", "best buy", "top pick", "recommended",
                        ])
                    ),
                    // A price and a shop: "$129 at Parcelton", "🛒 Vantor Aero 14
                    // (2026): $1,149.99 $1,049.99 at Electroshed ↗".
                    Pattern(
                        #"^\W*(?:.{2,80}[:—–]\s*)?(?:\p{Sc}\s?[\d,]+(?:\.\d{2})?\s*){1,2}(?:at|@|from|on) (?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,3}\W*$"#,
                        .all([.contains(["$", "€", "£", "₹", "¥"]), .contains([" at ", " from ", " on ", "@"])])
                    ),
                    // Betting notes beside odds: "Odds from our partners. R18.
                    // Bet responsibly – …", "Gamble responsibly. Odds correct at
                    // time of publishing. 18+ only."
                    Pattern(
                        #"^(?:(?:odds|prices) (?:from|supplied by|courtesy of|provided by) [^.!?]{2,40}\.|(?:gamble|bet|play) responsibly\b|(?:odds|prices) (?:are )?correct at (?:the )?time of (?:publishing|publication|writing)\b)(?=.{0,240}\b(?:responsibl[ey]|18\+|r18|gambling|gamble|odds)\b).{0,240}$"#,
                        .contains(["odds", "responsibly"])
                    ),
                    // A standings row: "1. Falcons  P4  W2  D2  Pts 48".
                    Pattern(
                        #"^(?:\d{1,2}[.)]?\s+)?(?-i:[A-Z])[\w'’&. -]{1,30}?\s+(?:(?-i:P|W|D|L|GP|MP|Pld|GD|F|A|B|BP)\s*-?\d{1,3}\s+){2,8}(?-i:Pts|PTS|Points)\s*\d{1,3}$"#,
                        .contains(["pts", "points"])
                    ),
                ],
                maxLength: 320
            ),
            startsFooter: false
        ),
        Rule(
            name: "dateline",
            kind: .furniture,
            summary:
                "Publication stamps: \"Posted by the city desk | Updated 14 Oct 2025, 9:12 a.m.\", \"Published: March 3, 2026\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:(?:originally|first) (?:published|posted)|posted|published|updated|last updated|modified|last modified)(?: by [^|·•\d]{1,60}?)?\s*(?:[|·•:,–—-]\s*)?(?:(?:updated|on|at)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"#,
                        .prefix(["posted", "published", "updated", "last", "modified", "originally", "first"])
                    ),
                    Pattern(
                        #"^(?:publié|mis à jour|modifié|actualizado|publicado|actualización|aktualisiert|veröffentlicht|zuletzt aktualisiert|stand(?=\s*:)|atualizado|atualização|pubblicato|aggiornato|bijgewerkt|gepubliceerd|publicerad|publicerat|uppdaterad|uppdaterat|publisert|oppdatert|udgivet|opdateret|foilsithe|opublikowano|aktualizacja|zaktualizowano|data publikacji|imesasishwa|ilisasishwa|imechapishwa|ilichapishwa|diweddarwyd|cyhoeddwyd)(?: (?:le|el|am|em|il|op|on|à|a las|a|den|ar))?\s*:?\s*(?:(?:lun|mar|mer|jeu|ven|sam|dim|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-zé]*\.?,? )?\d"#,
                        .prefix([
                            "publié", "mis à jour", "modifié", "actuali", "publicado", "aktualisiert", "veröffentlicht",
                            "zuletzt", "stand", "atuali", "pubblicato", "aggiornato", "bijgewerkt", "gepubliceerd",
                            "publicer", "uppdater", "publisert", "oppdatert", "udgivet", "opdateret", "foilsithe",
                            "opublikowano",
                            "aktualizacja", "zaktualizowano", "data publikacji", "imesasishwa", "ilisasishwa",
                            "imechapishwa", "ilichapishwa", "diweddarwyd", "cyhoeddwyd",
                        ])
                    ),
                    // A line that is only a date (and time, zone, update
                    // stamp): "June 2, 2026 6:05 AM EDT", "4 de outubro de
                    // 2026", "12. März 2026, 14:05 Uhr", "Mumbai, Updated:
                    // Sep 18, 2026 15:20 IST", "Updated 3 hours ago".
                    Pattern(
                        "^(?:(?:updated|published|posted|first (?:uploaded|published|posted)(?: on)?|last updated|aktualisiert|veröffentlicht|actualizado|publicado|atualizado|mis à jour|publié|aggiornato|pubblicato)(?: (?:on|am|el|em|le|il|a))?\\s*:?\\s*)?"
                            + anyLanguageDate
                            + "(?:(?:,|\\s*[|·•–—-])?\\s*(?:at|um|à|a las|às|alle|om)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:uhr|h|hrs|[a-z]{2,4}|(?-i:[A-Z]{2,4})))?)?(?:\\s*[|·•,]?\\s*(?:updated|aktualisiert|actualizado|atualizado|mis à jour|aangepast|bijgewerkt|gewijzigd|aggiornato|modifié)\\b[^.!?]{0,30})?\\W*$",
                        .all([.prefix(digits + dateFirstWords), .contains(digits)])
                    ),
                    // The same after a city or a time: "Mumbai, April 22,
                    // 2026", "JABALPUR, MARCH 18, 2026 00:12 IST", "14:20, Tue,
                    // Apr 7, 2026".
                    Pattern(
                        "^(?:(?-i:[A-Z])[\\w .'’-]{1,25},\\s+|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?,?\\s+)"
                            + anyLanguageDate
                            + "(?:(?:,|\\s*[|·•–—-])?\\s*(?:at|um|à|a las|às|alle|om)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:uhr|h|hrs|[a-z]{2,4}|(?-i:[A-Z]{2,4})))?)?\\W*$",
                        .all([.contains([", "]), .tail(within: 14, digits)])
                    ),
                    // A time, then the date and maybe its update stamp:
                    // "3:14pm Mon 27 May 2024 · Last updated 5:02pm".
                    Pattern(
                        "^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?,?\\s+" + anyLanguageDate
                            + "(?:\\s*[|·•,–—-]?\\s*(?:last )?(?:updated|modified)\\b[^.!?]{0,30})?\\W*$",
                        .all([.prefix(digits), .contains([":", "."]), .tail(within: 14, digits)])
                    ),
                    Pattern(
                        #"^(?:updated|last updated|atualizado|actualizado|aktualisiert|mis à jour|aggiornato)\s+(?:há|hace|vor|il y a)?\s*(?:\d{1,3}|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|horas?|minutos?|stunden?|minuten|tagen?|heures?|jours?|ore|giorni|días|dias)(?: ago)?\W*$"#,
                        .prefix(["updated", "last", "atuali", "actuali", "aktualisiert", "mis à jour", "aggiornato"])
                    ),
                    // A byline template with its reading time or update
                    // stamp: "Gazette news team · 3 min read", "Redacción · 5
                    // min de lectura", "Par la rédaction · Mis à jour le 21
                    // avril 2026 à 17h32".
                    Pattern(
                        #"^(?!by\s+(?-i:[A-Z]))[^.!?·•|]{2,60}\s[·•|]\s(?:\d{1,3} ?min(?:ute)?s? read|\d{1,3} ?min(?:utos?)? de lectura|lecture\s*:?\s*\d{1,3} ?min|\d{1,3} ?min(?:utes?)? de lecture|(?:lesezeit\s*:?\s*)?\d{1,3} ?min(?:uten)?\.?(?: lesezeit| lesen)|\d{1,3} ?min(?:uti)? di lettura|\d{1,3} ?min(?:utos)? de leitura|(?:updated|published|posted|mis à jour|publié|actualizado|publicado|aktualisiert|veröffentlicht|atualizado|aggiornato)\b[^.!?]{0,40}\d[^!?]{0,30})$"#,
                        .all([
                            .contains(["·", "•", "|"]),
                            .contains([
                                "min", "updated", "published", "posted", "mis à jour", "publié", "actualizado",
                                "publicado", "aktualisiert", "veröffentlicht", "atualizado", "aggiornato",
                            ]),
                        ])
                    ),
                    // A Welsh or Swahili date alone: "2 Medi 2024", "14 Machi
                    // 2025, 09:30" (their months are gated apart, so that
                    // every line starting with a figure does not try them).
                    Pattern(
                        #"^\d{1,2}\s+(?:ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba),?\s+\d{4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?-i:[A-Z]{2,4}))?)?\W*$"#,
                        .all([
                            .prefix(digits),
                            .contains([
                                "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
                                "medi",
                                "hydref", "tachwedd", "rhagfyr", "januari", "februari", "machi", "aprili", "mei",
                                "juni",
                                "julai", "agosti", "septemba", "oktoba", "novemba", "desemba",
                            ]),
                        ])
                    ),
                ],
                maxLength: 160
            ),
            startsFooter: false
        ),
        Rule(
            name: "byline",
            kind: .furniture,
            summary:
                "Bylines and their datelines: \"By Ana Ruiz, Staff Writer — Tue., April 14, 2026\", \"By Herald staff\", \"Pieter de Graaf · Sunday 19 April 2026, 08:15\".",
            detector: .line(
                patterns: [
                    Pattern(
                        #"^(?:(?:story|words|text|report|reporting|written|article|interview|photos|pictures|posted|filed|submitted) (?:and (?:photos|pictures|video) )?by|(?:(?:medically|editorially|clinically|expert) )?(?:reviewed|fact[- ]?checked)(?: and (?:fact[- ]?checked|edited|updated|verified))? by|(?:by|ni|oleh|daga|por|par|von|door)\s*/\s*(?:by|ni|oleh|daga|por|par|von|door)|by|oleh|daga|nā|ni|deur|av|af|(?:dal nostro|dalla nostra) (?:inviat[oa]|corrispondente)|de (?:notre|nos) (?:envoyée? spéciale?|correspondante?s?)|de nuestr[oa] (?:enviad[oa] especial|corresponsal)|do nosso (?:enviado especial|correspondente)|von unsere[rm] (?:korrespondent(?:in|en)?|reporter(?:in)?))\s+(?!"#
                            + notANameAfterBy + #"\b)"# + personName
                            + #"(?:\s*(?:[,|·•/–—-]|\bin\b|\bfor\b)\s*[^!?]{0,80}[^.!?\s])?$"#,
                        .prefix([
                            "by ", "story by", "words by", "text by", "report", "written by", "article by", "posted by",
                            "filed by", "submitted by", "dal nostro", "dalla nostra", "de notre", "de nos",
                            "de nuestr", "do nosso", "von unsere",
                            "interview by", "photos by", "pictures by", "story and", "words and", "text and",
                            "reviewed", "medically", "editorially", "clinically", "expert", "fact", "oleh ", "daga ",
                            "nā ", "ni ", "deur ", "av ", "af ", "ni/", "by/", "oleh/", "daga/", "por/", "par/", "von/",
                            "door/",
                        ])
                    ),
                    Pattern(
                        #"^(?:(?:story|words|text)(?: and (?:photos|pictures|video))?|reporting|author|byline|reporter|von|par|por|door|przez|tekst|texto|texte|edited by|written by|reported by|compiled by|produced by)\s*:\s*(?!"#
                            + notANameAfterBy + #"\b)"# + personName
                            + #"(?:\s*[,|·•/–—-]\s*[^!?]{0,80}[^.!?\s])?$"#,
                        .prefix([
                            "story", "words", "text", "reporting", "author", "byline", "reporter", "von", "par", "por",
                            "door", "przez", "tekst", "edited", "written", "reported", "compiled", "produced",
                        ])
                    ),
                    // A bare foreign "by" ("Von", "Par", "Por", "Door",
                    // "Przez") only with a dated tail, never a title-case
                    // headline that starts with the word.
                    Pattern(
                        #"^(?:von|par|por|door|przez|di|av|af)\s+"# + personName
                            + #"\s*[,|·•/–—-]\s*[^!?]{0,40}\d[^!?]{0,40}[^.!?\s]$"#,
                        .all([
                            .prefix(["von ", "par ", "por ", "door ", "przez ", "di ", "av ", "af "]),
                            .contains(digits),
                        ])
                    ),
                    Pattern(
                        "^" + personName + #"(?:,\s*[\w .'’-]{2,30})?\s*[|·•–—-]\s*"# + calendarDate
                            + #"(?:[^.!?]{0,30}[^.!?\s])?$"#,
                        .contains(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
                    ),
                    // A desk instead of a name: "Gazette Business Desk",
                    // "Redaktion Lahnstein", "Kurier / Redaktion Lahnstein",
                    // "Redação Lens | 15 de fevereiro de 2026".
                    Pattern(
                        #"^(?-i:[A-Z])[\w'’&.-]*(?: (?:(?-i:[A-Z])[\w'’&.-]*|\d{1,4})){0,4} (?:desk|newsroom|news team|news service|bureau|staff)$"#,
                        .tail(within: 14, ["desk", "newsroom", "news team", "news service", "bureau", "staff"])
                    ),
                    // A name and a newsroom role: "Aoife Ní Bhriain, Health
                    // Correspondent", "Ravi Menon, Senior Markets Editor".
                    Pattern(
                        #"^(?-i:[A-Z])[\w.'’-]*(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|de|del|da|di|du|van|von|der|den|la|le|ní|nic|mac|ó|bin|binti)){1,4},\s*(?:(?:(?-i:[A-Z])[\w'’-]+|the|our|a|an|chief|senior|deputy|associate|assistant|special|staff|contributing|political|foreign|health|business|sports?|markets?|economics?|economy|education|environment|science|technology|tech|legal|courts?|crime|city|regional|rural|southern|northern|eastern|western|national|local|arts|culture|food|travel|transport|energy|climate|property|money|investigations?|data|digital|social affairs|agriculture|defence|defense|diplomatic|parliamentary|[\w’'-]+ (?:bureau|desk)) ){0,3}(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|critic|analyst|producer|photographer|chief)$"#,
                        .all([
                            .contains([","]),
                            .suffix([
                                "correspondent", "reporter", "editor", "writer", "columnist", "journalist",
                                "contributor", "critic", "analyst", "producer", "photographer", "chief",
                            ]),
                        ])
                    ),
                    Pattern(
                        #"^(?:(?:par|por|von|by|di|door|pela|from) (?:la |le |die |the |a |de |l['’])?)?(?:[^.!?|/·]{2,40}\s*[/|·]\s*)?(?:redaktion|redação|redacción|rédaction|redazione|redactie)(?: (?-i:[A-Z])[\w'’&.-]*){0,3}(?:\s*[|·•,]\s*[^.!?]{2,40})?$"#,
                        .contains(["redaktion", "redação", "redacción", "rédaction", "redazione", "redactie"])
                    ),
                ],
                maxLength: 120
            ),
            startsFooter: false
        ),
        Rule(
            name: "author-bio",
            kind: .credit,
            summary:
                "The author's note among the story's last lines: \"<Name> covers … for <Outlet>\", \"<Name> is a reporter based in …\", in five languages.",
            detector: .contextual,
            startsFooter: true
        ),
        Rule(
            name: "site-suffix",
            kind: .caption,
            summary:
                "Image alt texts tagged with the site's name: short lines that end in the same \"-Outlet-Region\" suffix.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "noise-run",
            kind: .pageChrome,
            summary:
                "Runs of short lines without sentence punctuation wedged between two lines removed by the same widget rule (share, gallery, embeds), never a lone subhead.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "section-label",
            kind: .furniture,
            summary:
                "The section label above the headline (\"Banks\", \"LOCAL BUSINESS\", \"Kultur & Freizeit\"): a short capitalised line in the page header, before any prose, right above a headline-shaped line; never a text's first line.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "site-links",
            kind: .furniture,
            summary:
                "A site's legal and service links in a block (\"Impressum\", \"Datenschutz\", \"Mentions légales\", \"Aviso legal\", \"Privacy policy | Terms of use\"), in eight languages; one label alone only next to a footer line.",
            detector: .contextual,
            startsFooter: true
        ),
        Rule(
            name: "foreign-footer",
            kind: .foreignFooter,
            summary:
                "A footer block at the end in another language (stopword profile) or script than the article body.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "footer-tail",
            kind: .furniture,
            summary:
                "After a footer line near the end (share, newsletter, comments, …), the short lines that follow it.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "line-shape",
            kind: .pageChrome,
            summary:
                "Lines whose shape gives them away in any language, by weak signals added up: a leading pictograph or trailing arrow, short segments between bars or dots, a credit after a dash or in brackets after a sentence, a bracketed count, a ticker, a date stamp, a short label before the first paragraph, a removed neighbour; a subhead under an ad marker stays.",
            detector: .contextual,
            startsFooter: false
        ),
        Rule(
            name: "headline-run",
            kind: .relatedLinks,
            summary:
                "A short heading over two or more headline-shaped lines, none a sentence, next to a removed line or under a heading in capitals or ending in a colon; a story's own list (items with colons, semicolons, bullets or numbers) stays.",
            detector: .contextual,
            startsFooter: false
        ),
    ]

    static var names: [String] { all.map(\.name) }

    /// The kinds the built-in rules belong to, each once, in rule order.
    static var kindNames: [String] {
        var seen = Set<String>()
        return all.map(\.kind.rawValue).filter { seen.insert($0).inserted }
    }

    /// The kind of each rule, by name.
    static let kinds: [String: RemovalKind] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.kind) })

    /// Ad markers ("Advertisement", "Story continues below", "Anzeige", …);
    /// a line may chain two of them ("ADVERTISEMENT - CONTINUE READING
    /// BELOW").
    static let adMarkers =
        #"(?:dalsza część|dalszy ciąg|ciąg dalszy) (?:artykułu|tekstu) (?:pod|poniżej) (?:reklamą|reklamy)|(?:artykuł|tekst) (?:poniżej|pod) (?:reklamy|reklamą)|reklama|continúa leyendo (?:abajo|más abajo|debajo)|sigue leyendo (?:abajo|más abajo)|(?:artikeln|texten|nyheten) fortsätter (?:efter|under) (?:annonsen|reklamen)|artikkelen fortsetter (?:etter|under) annonsen|artiklen fortsætter (?:efter|under) annoncen|advertisements?|advertising|advertorial|advertisement feature|adverts?|ads?|ad feedback|report (?:this )?ad|ad ?choices|sponsored(?: content| links?| stories| posts?| articles?| listings?)?(?: by .{1,40})?|paid (?:content|post|partnership|promotion|for by .{1,40})|promoted(?: content| stories| links| by .{1,40})?|partner content|content from (?:our )?(?:partners|sponsors|advertisers)|(?:sponsored|promoted) by (?:our )?partners|continue a ler (?:a seguir à|depois da|após a) publicidade|(?:content |story |(?:match )?report |coverage )?(?:presented|brought to you) by [^.!?]{1,40}(?:,\s*(?:the )?official [^.!?]{2,40}(?:partner|sponsor|supplier)\b[^.!?]{0,40})?|in (?:partnership|association) with .{1,40}|(?:the )?(?:story|article|text|content|report|piece|page) (?:continues|continue|resumes|continued)(?: (?:below|after|under|beneath))?(?: (?:this|the|these|di|dis))?(?: (?:advertisements?|ads?|adverts?|videos?|sponsor(?:ed)? messages?|messages?))?|(?:ad|advert|advertisement) continues below|continue reading(?: (?:below|the main story|the story|the article|(?:after|below) (?:the |this )?(?:ad|advertisement)))?|scroll (?:down )?(?:to|for) (?:continue|more)(?: reading)?(?: with (?:the )?content)?|(?:skip|close|hide) (?:this )?ad(?:vertisement)?|remove ads|anzeige|werbung|publicité|publicite|publicidad|publicidade|pubblicità|reklame|reklama|reclame|annons|annonse|mainos|реклама|広告|광고|(?:la )?suite (?:de l['’]article )?(?:après|sous) (?:la |cette )?publicité|l['’]article (?:continue|se poursuit) (?:après|sous) (?:la |cette )?publicité|(?:(?:el|la|esta|este) (?:artículo|noticia|nota|información|texto) )?(?:sigue|continúa) (?:después|tras|debajo|abajo)(?: del?)? (?:la |el |este |esta )?(?:publicidad|anuncio)|(?:sigue|continúa) leyendo(?: (?:debajo|después|tras) (?:del|de la|de) (?:anuncio|publicidad))?|weiterlesen(?: nach der (?:anzeige|werbung))?|annonces?|gesponsert|gesponserter (?:inhalt|beitrag)|(?:contenido |conteúdo )?patrocinado|(?:contenu )?sponsorisé|contenuto sponsorizzato|(?:der )?artikel (?:geht )?(?:nach|unter) der (?:anzeige|werbung) weiter|lesen sie nach der anzeige weiter|(?:a matéria |o texto )?continua (?:após|depois d[ao]) (?:a )?(?:publicidade|anúncio)|continue lendo|continua a leggere|l['’]articolo (?:continua|prosegue) (?:dopo|sotto) (?:la )?pubblicità|lees verder (?:onder|na) (?:de |deze )?(?:advertentie|reclame)|(?:het )?(?:artikel|verhaal) gaat (?:verder )?(?:onder|na) (?:de |deze )?(?:advertentie|reclame)(?: verder)?|advertenties?|gesponsord(?:e (?:inhoud|content|bijdrage))?|patalastas|iklan|anuncios?|(?:annuncio|messaggio|spazio|inserzione) pubblicitari[oa]|annuncio"#

    /// A person's (or desk's) name in a byline: capitalised words, name
    /// particles ("de", "van") and newsroom words ("staff", "desk").
    static let personName =
        #"(?-i:\p{Lu})[\w.'’-]*(?:\s+(?:(?-i:\p{Lu})[\w.'’-]*|["“‘](?-i:\p{Lu})[\w.'’-]*["”’]|de|del|da|di|du|van|von|der|den|la|le|ten|ter|and|&|staff|desk|team|reporter|correspondent|writer|editor|sports?|business|news|city|metro|features|politics|political|foreign|world|national|local|digital|web|online|data|arts|culture|health|science|markets|opinion|regional|rural))(?:\s+(?:(?-i:\p{Lu})[\w.'’-]*|["“‘](?-i:\p{Lu})[\w.'’-]*["”’]|de|del|da|di|du|van|von|der|den|la|le|ten|ter|and|&|staff|desk|team|reporter|correspondent|writer|editor|sports?|business|news|city|metro|features|politics|political|foreign|world|national|local|digital|web|online|data|arts|culture|health|science|markets|opinion|regional|rural)){0,5}"#

    /// Words that start an adverbial "By …" in prose ("By Tuesday, …", "By
    /// the time …"), never a byline.
    static let notANameAfterBy =
        #"(?:the|a|an|this|that|then|now|far|contrast|comparison|law|mid|early|late|next|last|noon|midnight|dawn|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter)"#

    /// A calendar date with its month named, maybe after a weekday: "Sunday
    /// 19 April 2026", "Tue., April 14, 2026", "3 Mar 2026".
    /// A date in English, German, French, Spanish, Portuguese, Italian or
    /// Dutch, with its month named or in figures: "June 2, 2026", "4 de
    /// outubro de 2026", "12. März 2026", "27-05-2026".
    static let anyLanguageDate =
        #"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\.?(?:\s*[,|·•]\s*|\s+))?(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?"#
        + monthNames + #"\.?,?\s+(?:de\s+)?\d{4}|"# + monthNames
        + #"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))"#
    /// The words a date-only line may start with (weekdays, months, update
    /// stamps), for its gate.
    static let dateFirstWords = [
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
        "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta",
        "sexta", "jan", "feb", "fév", "mar", "mär", "apr", "avr", "abr", "may", "mai", "mag", "jun", "juin", "giu",
        "jul", "juil", "lug", "aug", "aoû", "ago", "sep", "set", "oct", "okt", "out", "ott", "nov", "dec", "dez",
        "déc", "dic", "ene", "gen", "updated", "published", "posted", "first", "last", "aktualisiert",
        "veröffentlicht", "actualizado", "publicado", "atualizado", "mis à jour", "publié", "aggiornato",
        "pubblicato",
    ]

    static let monthNames =
        #"(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|fév(?:rier)?|fevereiro|mar(?:ch|s|zo|ço)?|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust)?|août|ago(?:sto)?|sep(?:t|tember|tiembre)?|setembro|settembre|oct(?:ober|obre)?|okt(?:ober)?|outubro|ottobre|nov(?:ember|embre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?|enero|janeiro|gennaio|febrero|febbraio|marzo|aprile|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)"#

    static let calendarDate =
        #"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}"#

    /// The headings of link lists ("Read more", "Related", "Lire aussi", …),
    /// shared by the `read-more` line rule and ``ReadMoreBlock``.
    static let readMoreHeadings =
        #"(?:read more (?:from|on|in|at) (?-i:[A-Z][\w.'’&-]*(?: (?:[A-Z&][\w.'’&-]*|the|of|and)){0,3})|baca juga|lihat juga|(?:berita|artikel) (?:berkaitan|terkait|lain)|read more|read also|read next(?: (?:on|from|in|at) [\w .'’&-]{1,30})?|read|up next|next up|(?:también )?te recomendamos|recomendamos|no te pierdas|más noticias|más información|(?:à|a) lire (?:ensuite|aussi)|nos recommandations|more reading|further reading|keep reading|related(?: stories| articles| coverage| content| links| news| posts| reading| topics| videos?| reviews| guides| galleries| podcasts)?|more on this(?: story| topic)?|see also|also read|also see|also on [\w .]{1,30}|more from (?-i:[A-Z0-9][\w.'’&-]*(?: (?:[A-Z&][\w.'’&-]*|the|of|and))?(?: [A-Z][\w.'’&-]*){0,2})|more (?:stories|news|headlines|coverage|articles)|more in (?-i:[A-Z][\w.'’&-]*(?: [A-Z&][\w.'’&-]*){0,2})|more|also|recommended(?: reading| for you| stories| articles)?|most (?:read|popular|viewed|shared|commented)(?: (?:this week|today|now|right now|stories|articles|on [\w .'’&-]{1,30}))?|trending(?: now| right now| stories| today| this week| (?:on|in|at) [\w .'’&-]{1,30})?|basahin (?:din|rin|pa|ang)|soma (?:pia|zaidi|habari zaidi)|habari (?:zaidi|nyingine|zinazohusiana)|darllenwch (?:hefyd|mwy|ragor)|straeon eraill|mwy o (?:straeon|newyddion)|mwy|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞|热门新闻|熱門新聞|iba pang balita|kaugnay na balita|you (?:may|might) also (?:like|be interested in|enjoy)|popular (?:right now|now|stories|today|this week)|popular on [\w .'’&-]{1,30}|top stories|editor['’]?s['’]? picks?|latest(?: news| stories| headlines)?|what to read next|don['’]t miss(?: this)?|must read|in case you missed it|other (?:news|stories)|also of interest|watch next|(?:follow |watch )?live (?:updates?|blog|coverage)|(?:follow|watch) live|explore more|vous aimerez (?:peut-être )?aussi|à découvrir (?:aussi|également)|(?:también )?te (?:puede|podría) (?:gustar|interesar)|(?:también )?le (?:puede|podría) (?:gustar|interesar)|das könnte (?:sie|dich) auch interessieren|ti potrebbe(?:ro)? (?:interessare|piacere)|(?:você )?(?:também )?pode (?:gostar|te interessar)|últimas (?:notícias|noticias)|dernières (?:nouvelles|infos|actualités)|neueste (?:nachrichten|artikel)|ultime notizie|lire aussi|à lire aussi|a lire aussi|à lire également|voir aussi|sur le même sujet|lea también|lee también|le puede interesar|te puede interesar|leia também|leia mais|veja também|lesen sie auch|mehr zum thema|auch interessant|leggi anche|artigos relacionados|artículos relacionados|articles liés|articles connexes|notícias relacionadas|noticias relacionadas|ähnliche artikel|verwandte artikel|bekijk ook|lees ook|lees meer|zie ook|meer nieuws|läs (?:också|även|mer)|mest (?:lästa?|delade?)(?: just nu| idag| i dag)?|fler nyheter|relaterat|relaterade artiklar|senaste nytt|les (?:også|mer)|mest lest(?: akkurat nå)?|læs (?:også|mere)|mest læste|léigh tuilleadh(?: ón [\w .'’&-]{1,30})?|léigh freisin|czytaj (?:także|też|również|więcej|dalej)|przeczytaj (?:także|też|również)|zobacz (?:także|też|również)|najczęściej (?:czytane|komentowane)|najpopularniejsze|polecamy|meer over dit onderwerp|gerelateerde (?:artikelen|berichten|verhalen)|ook interessant|potrebbe interessarti|meistgelesen|meist gelesen|am meisten gelesen|les plus lus|lo más leído|lo más visto|más leídas|más leído|i più letti|i più visti|mais lidas|mais lidos|meest gelezen|meest bekeken)"#

    /// The words a `readMoreHeadings` line starts with, for its gate.
    static let readMoreFirstWords = [
        "läs", "mest", "fler", "relaterat", "relaterade", "senaste", "les", "læs", "léigh", "czytaj", "przeczytaj",
        "zobacz", "najczęściej", "najpopularniejsze", "polecamy", "baca", "lihat", "berita", "artikel", "soma",
        "habari", "darllenwch", "straeon", "mwy", "相关", "相關", "延伸", "推荐", "推薦", "更多", "热门", "熱門",
        "read", "more", "further", "keep", "related", "basahin", "iba pang", "kaugnay", "see", "also", "recommended",
        "most", "trending", "you",
        "popular", "top", "editor", "latest", "what to", "don", "must", "in case", "other", "watch next", "live",
        "follow live", "watch live",
        "explore", "lire", "à lire", "a lire", "voir", "sur le", "lea", "lee", "le puede", "te puede", "leia", "veja",
        "lesen", "mehr", "auch", "leggi", "artigos", "artículos", "articles", "notícias", "noticias", "ähnliche",
        "verwandte", "bekijk", "lees", "zie", "meer", "gerelateerde", "ook", "potrebbe", "meist", "am meisten",
        "les plus", "lo más", "más le", "i più", "mais li", "meest", "vous aimerez", "à déc", "también", "te pued",
        "te podr", "le pued", "le podr", "ti potreb", "up next", "next up", "te recom", "recom", "no te", "más not",
        "más inf", "nos recom",
        "você", "pode gostar", "pode te", "também", "das könnte", "últimas", "dernières", "neueste", "ultime",
    ]
}
