/// Examples for every built-in boilerplate rule: lines it must remove and
/// lines it must keep. The test suite runs all of them, so they are both
/// documentation and regression tests.
extension BuiltInBoilerplateRules {
    struct Examples: Sendable {
        /// Lines (or, for contextual rules, whole documents) that the rule
        /// removes.
        let removed: [String]
        /// Lines the rule must leave alone.
        let kept: [String]
    }

    /// Line-rule examples by rule name. Each line is tested on its own,
    /// between two ordinary paragraphs.
    static let lineExamples: [String: Examples] = [
        "advertisement": Examples(
            removed: [
                "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Article continues below",
                "Sponsored content", "Paid partnership", "Continue reading the main story", "Anzeige", "Publicidad",
            ],
            kept: [
                "The advertisement campaign cost the council 40,000 crowns, officials said.",
                "Sponsored by the harbour trust, the regatta returns in June after a two-year break.",
            ]),
        "video-embed": Examples(
            removed: [
                "Click to play video: 'Ferry fares rise for the spring season'",
                "WATCH: Firefighters battle a warehouse blaze near the docks – Mar 3, 2026",
                "Video: Highlights from the harbour regatta", "▶ Play the full interview",
                "Video player is loading.", "[Embedded video]",
            ],
            kept: [
                "Residents can watch the council meeting online from 7 p.m. on Thursday.",
                "A video of the collapse was shared thousands of times before it was removed.",
            ]),
        "read-more": Examples(
            removed: [
                "Read more: Council approves harbour budget", "READ MORE: Ferry fares to rise in spring",
                "Related: School buses reroute during bridge works", "Lire aussi : Le festival du lac revient",
                "Leia também: Feira do livro bate recorde", "Lesen Sie auch: Hafenfest zieht Tausende an",
            ],
            kept: [
                "Read more about the plan in the council's published report, the mayor said.",
                "Related projects include a new footbridge and a cycle lane along the quay.",
            ]),
        "photo-caption": Examples(
            removed: [
                "The Tollgate Bridge at dusk on Monday. (Mara Lindqvist/Northwind Wire)",
                "Crews inspect the suspension cables. (Photo: Dev Anand/Harbour Gazette)",
                "Photo: Ana Brisk/Valley Herald",
                "Fishing boats return to the quay in Port Halden. Getty Images",
                "The new ferry on its first crossing. (AP Photo/Lena Ostrova)",
                "Volunteers sort donations at the food bank, Tuesday, March 3, 2026. (File photo)",
            ],
            kept: [
                "The council (which meets monthly) approved the plan on Tuesday.",
                "Turnout was 61 percent (up from 54 percent in 2022), the returning officer said.",
            ]),
        "share": Examples(
            removed: [
                "Share this article", "Share on Facebook", "Share", "Facebook Twitter Email", "Copy link",
                "Partager cet article", "Compartir en Twitter", "Diesen Artikel teilen", "Follow us on Instagram",
            ],
            kept: [
                "Shareholders will vote on the merger at the annual meeting in May.",
                "The two towns share a water supply that dates from the 1930s.",
            ]),
        "newsletter": Examples(
            removed: [
                "Sign up for our morning newsletter", "Get the day's top stories delivered to your inbox",
                "Abonnez-vous à notre infolettre", "Suscríbete a nuestro boletín",
                "Quer receber a nossa newsletter no seu e-mail?", "Jetzt Newsletter abonnieren",
            ],
            kept: [
                "The union told members in a letter on Friday that the offer would be put to a vote, and urged every driver to take part before the ballot closes at the end of the month.",
                "Subscribers to the regional water service will see their bills rise by 3 percent from April.",
            ]),
        "comments": Examples(
            removed: [
                "Comments (12)", "3 comments", "Leave a comment", "View all comments", "Join the conversation",
                "Comments are closed.",
                "For technical reasons our comment section is now closed. Our social networks remain open to your views.",
                "Comentários",
            ],
            kept: [
                "The minister declined to comment on the report before its publication.",
                "Comments from residents will be collected until the end of the month, the council said.",
            ]),
        "report-error": Examples(
            removed: [
                "Do you want to report an error or a typo? Click here!", "Spotted an error? Let us know.",
                "Signaler une erreur",
            ],
            kept: [
                "The auditors found an error in the 2024 accounts that overstated income by 2 million crowns.",
                "She said she would report an error in the ballot count to the electoral commission on Monday.",
            ]),
        "copyright": Examples(
            removed: [
                "© 2026 Harbour Gazette. All rights reserved.", "Copyright 2026 Northwind Wire",
                "(c) 2026 Valley Herald Media", "Tous droits réservés",
                "This material may not be published, broadcast, rewritten or redistributed.",
            ],
            kept: ["The band lost a copyright case over the song in 2019 and has not performed it since."]),
        "taxonomy": Examples(
            removed: ["Categories: Local, Transport", "Tags: bridge, council", "Filed under: Politics", "Tags: , , ,"],
            kept: ["Tags on the released birds will let researchers follow their route south."]),
        "navigation": Examples(
            removed: ["Back to top", "Back to top button", "Skip to main content", "Next article", "Load more", "Menu"],
            kept: ["The menu at the new harbour café changes every week, the owner said."]),
        "cookie-notice": Examples(
            removed: ["We use cookies to improve your experience on our site. Accept all cookies"],
            kept: ["The bakery sold 4,000 cookies at the fair, raising money for the lifeboat crew."]),
        "paywall": Examples(
            removed: ["Already a subscriber? Log in", "Subscribe to continue reading", "This article is for subscribers only."],
            kept: ["The library will keep its subscription to the regional archive for another year."]),
    ]

    /// Contextual-rule examples by rule name: whole documents, and the lines
    /// the rule must remove from each (other lines must stay).
    static let documentExamples: [String: [(document: String, removed: [String])]] = [
        "video-embed": [
            (
                document: """
                    The ferry company added a second boat on Monday, doubling the number of daily sailings.

                    Click to play video: 'New ferry makes its first crossing'
                    New ferry makes its first crossing

                    Passengers said the crossing took about 25 minutes.
                    """,
                removed: ["Click to play video: 'New ferry makes its first crossing'", "New ferry makes its first crossing"]
            )
        ],
        "read-more": [
            (
                document: """
                    The council approved the budget on Tuesday after a four-hour debate.

                    Related:
                    Marrow Point pupils face early starts as school buses reroute
                    What the bridge closure means for your commute

                    Business owners on the peninsula said they understood the need for the
                    work but feared for the spring season, when day visitors from the city
                    usually begin to return.
                    """,
                removed: [
                    "Related:", "Marrow Point pupils face early starts as school buses reroute",
                    "What the bridge closure means for your commute",
                ]
            )
        ],
        "site-suffix": [
            (
                document: """
                    Harbour works begin-Valley Herald-Lakeside

                    Work on the new quay wall began on Monday and is expected to last until October.

                    Crane on the quay-Valley Herald-Lakeside

                    The contractor said traffic on Quay Road would be reduced to one lane.
                    """,
                removed: ["Harbour works begin-Valley Herald-Lakeside", "Crane on the quay-Valley Herald-Lakeside"]
            )
        ],
        "photo-caption": [
            (
                document: """
                    Work on the new quay wall began on Monday and is expected to last until October.

                    Crane on the quay-Valley Herald-Lakeside
                    A crane lifts a concrete block into place. (Ana Brisk/Valley Herald)

                    The contractor said traffic on Quay Road would be reduced to one lane.
                    """,
                removed: ["Crane on the quay-Valley Herald-Lakeside", "A crane lifts a concrete block into place. (Ana Brisk/Valley Herald)"]
            )
        ],
        "advertisement": [
            (
                document: """
                    Medical staff treated 42 runners, mostly for dehydration, the organisers said on Sunday evening.

                    Sponsored content
                    Corrin Sports: 20 percent off running shoes this week

                    Next year's race is already scheduled for September 20, with entries opening in January.
                    """,
                removed: ["Sponsored content", "Corrin Sports: 20 percent off running shoes this week"]
            )
        ],
        "footer-tail": [
            (
                document: """
                    The festival closes on Sunday with a concert on the quay, which organisers expect to draw several thousand people.

                    More than 60 stalls selling books, prints and maps lined the harbour front on Saturday, and the mayor opened the fair with a reading from a local author's new novel about the town's fishing families.

                    Organisers thanked the volunteers who made the weekend possible.

                    Artigos relacionados

                    O Facebook bloqueou os meios de comunicação no Canadá.

                    Quer receber a nossa newsletter no seu e-mail?

                    Mais próximo. Mais atual.
                    O mesmo de sempre, mas melhor!
                    """,
                removed: [
                    "O Facebook bloqueou os meios de comunicação no Canadá.", "Mais próximo. Mais atual.",
                    "O mesmo de sempre, mas melhor!",
                ]
            )
        ],
    ]
}
