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
                "(ad) story continues below", "Patrocinio",
                "[Paid content] How one family office is rethinking fixed income",
                "Tangaza nasi: matangazo@riftcourier.example", "Hysbysebu gyda ni: hysbysebion@glannau.example",
                "Noddir · Sponsored",
                "Fógra", "ADVERTENSIE", "Hysbyseb", "Reklaam",
                "Match report presented by Halden Motors, Official Automotive Partner of Castlemere Town",
                "Pour annoncer dans Le Phare : publicite@lepharebeacon.example", "Werben Sie im Kurier",
                "Advertise with us",
                "Advertise with The Valley Courier",
                "Iklan",
                "Story continue after di ad ⬇",
                "Ad continues below",
                "Dalsza część artykułu pod reklamą",
                "Artykuł poniżej reklamy",
                "Continúa leyendo abajo",
                "Artikeln fortsätter efter annonsen",
                "Artikkelen fortsetter under annonsen",
                "Gesponsord", "PATALASTAS",
                "Annuncio pubblicitario",
                "Conteúdo patrocinado | Conta digital sem tarifa. Abra a sua",
                "La nota continúa después del anuncio",
                "Continúa leyendo debajo del anuncio", "Weiterlesen nach der Werbung", "Gesponsert", "ANNONCE",
                "Contenido patrocinado", "Content from our partners", "Continue a ler a seguir à publicidade",
                "Anzeigen entfernen? Jetzt werbefrei lesen", "Go ad-free for £1 a month", "Read without ads",
                "Ads help fund our local reporting", "Lire sans publicité", "Sem anúncios: assine já",
                "Advertisement", "ADVERTISEMENT", "advertisement", "AD", "Ad", "- Advertisement -", "— ADVERTISEMENT —",
                "[Advertisement]", "Story continues below advertisement", "Article continues below",
                "The article continues after this ad", "Story continues below this video", "Continue reading below",
                "Continue reading the main story", "Scroll to continue with content", "Sponsored content", "SPONSORED",
                "Sponsored by Corrin Sports", "Paid partnership", "Promoted stories", "Partner content", "Ad Feedback",
                "Report this ad", "Anzeige", "Werbung", "Publicité", "PUBLICITÉ", "Publicidad", "Pubblicità", "Reklama",
                "La suite après la publicité", "Weiterlesen nach der Anzeige", "Continua após a publicidade",
                "Advertisement · Story continues below", "PUBLICIDAD - SIGUE LEYENDO", "Anuncio",
                "Sponsored content by Marlow Insurance",
                "Het artikel gaat verder onder de advertentie",
            ],
            kept: [
                "Presented by the mayor, the award went to a baker who has run the shop since 1988.",
                "Fógraíodh an toradh ar an Aoine.",
                "Advertise with care, the watchdog told shops.",
                "Reklama na przystankach przyniosła miastu 2 mln zł, podał urząd.",
                "Annuncio dopo annuncio, il sindaco ha perso la pazienza.",
                "Esta nota continúa la serie de ayer sobre el agua.",
                "Sponsors pulled out of the festival after the vote.",
                "Ad-free tiers cost £5 more a month, the streaming company said.",
                "Ads help pay for the festival every year, organisers said.",
                "Remove ads from bus shelters, the council voted on Monday.",
                "The advertisement campaign cost the council 40,000 crowns, officials said.",
                "Advertisement spending rose 4 percent in the third quarter, the agency said.",
                "Sponsored by the harbour trust, the regatta returns in June after a two-year break.",
                "The story continues next week, when the council meets again.", "AD 79",
                "Ads for the new ferry line appeared on buses across the city on Monday.",
                "Advertisement - the word on every billboard - became her first English word.",
            ]
        ),
        "video-embed": Examples(
            removed: [
                "Watch our unboxing of the new phone ▸ 3:04", "Video | The final lap (1:12)",
                "Audio length 12:40",
                "Video duration 1:05:10",
                "🎥 Lola's most iconic Star Search moments – watch now",
                "ZOBACZ: Pierwszy weekend w nowym browarze (01.06.2026)",
                "MIRA: Así se vivió el festival del año pasado",
                "▷ VÍDEO | Feirantes contam como a chuva mudou a safra — 2min10",
                "Bekijk de video: Storm raakt de kust (2:05)",
                "“Open again from Monday, thanks all!” — Hilltop Bakery (@HilltopBakes) March 2, 2026",
                "@PortOfHarbour: New timetable from Monday",
                "Harbour FC (@HarbourFC) · Replying to fans: see you in May",
                "Facebook · Caseificio Alto: «Grazie a tutti!»",
                "@HarbourFerries",
                "Vidéo - Dans la cave du fromager (2 min 15)", "Reproducir video", "Autoplay is on",
                "[Embedded YouTube video: \"Harbour tour\" - 11:07]",
                "@HarbourCouncil on X: Ferry timetable changes from Monday.", "10:14 AM · Nov 30, 2026 · 1,203 Views",
                "— Ana Ruiz (@ana_ruiz) March 3, 2026",
                "Video ▸ Waves break over the harbour wall", "Video 01:22", "Lire la vidéo", "Reproducir",
                "Vídeo: Así será la nueva plaza",
                "Hit play ▶ Fireworks over the harbour", "Video abspielen: Der neue Bahnhof von oben",
                "Lancer la vidéo : le pont en travaux",
                "Click to play video: 'Ferry fares rise for the spring season'",
                "Tap to watch the video: Harbour lights festival",
                "WATCH: Firefighters battle a warehouse blaze near the docks – Mar 3, 2026",
                "Watch | The mayor on the budget vote", "Video: Highlights from the harbour regatta",
                "VIDEO — Crews clear the pass after the storm", "▶ Play the full interview", "Video player is loading.",
                "[Embedded video]", "This video is no longer available", "View this post on Instagram",
                "Your browser does not support the video tag.",
            ],
            kept: [
                "Watch the second half from 3:04",
                "It is the kind of show you cannot stop watching – watch it and you will see why, she said.",
                "Video - and the internet - changed how the council talks to residents.",
                "Autoplay settings are hidden in the app, the review found.", "[1] The figures are provisional.",
                "Press play on the tape recorder, the instructor told the class.",
                "Play: Hamlet opens at the Globe on Friday.",
                "Play resumed after a rain delay of two hours.",
                "Residents can watch the council meeting online from 7 p.m. on Thursday.",
                "A video of the collapse was shared thousands of times before it was removed.",
                "Watch what you say, the coach told his players before the final.",
                "Video evidence was shown to the jury on the second day of the trial.",
            ]
        ),
        "media-embed": Examples(
            removed: [
                "Clywch / Listen: Radio Glannau meets the steering group ▸ 07:12",
                "Écouter : Nathalie Landry en entrevue (9 min 12 s)",
                "Posłuchaj artykułu · 5 min",
                "Lyssna på artikeln · 3 min",
                "🎙️ From our podcast Tidewater: Why the ferry keeps breaking down (31:05)",
                "🎧 Subscribe to The Morning Dock podcast on Apple Podcasts, Spotify or wherever you get your podcasts.",
                "Listen to past episodes of Night Owls on the KBRT app",
                "Hear this story on Valley Morning, weekdays at 7 a.m. on 91.3 FM",
                "Download audio",
                "Luister naar dit artikel · 3 min", "Beluister · 6 min",
                "ASCOLTA IL PODCAST: «Voci di valle» - episodio 3, 22 minuti",
                "Listen to the podcast: Harbour Talk · 31 min",
                "Escucha esta nota · 3 min", "Ouça esta notícia · 4 min",
                "00:00 / 04:31",
                "LISTEN ▸ 1:12", "LISTEN: The last mainframe programmer (12 min)",
                "Listen: The rescue that changed the club · Harbour Podcast · 18 min",
                "🎧 Dieser Artikel zum Anhören · 5 Min.", "Artikel anhören · 3 Minuten", "6 min",
                "Subscribe to the Health Matters podcast on Apple, Spotify or wherever you get your podcasts",
                "Audio available for subscribers", "Powered by VoiceNews | 3 min",
                "🔊 Hear this story read aloud (6 min)", "Audio: Listen to this report · 2:40",
                "Beitrag anhören (4 Min.)", "Podcast: listen now",
                "Listen to this article 4 min", "Listen to this article", "Listen (5 min)", "Listen · 3:12", "LISTEN",
                "Écouter l'article", "Artikel anhören", "2:31", "Duration 1:45", "03:12 min",
                "Tap here to listen to this report (4 minutes)",
            ],
            kept: [
                "From our podcast guests we heard again and again that the ferry matters.",
                "Listen to the interview on Monday, the mayor told reporters, and you will hear the frustration.",
                "Hear this story on the radio tonight, she said.",
                "Escucha a tu cuerpo, dijo la médica.",
                "Listen: the council voted 7-2 against the plan", "\"Listen to the fishermen,\" she said.",
                "Hear this: the band is back together after twenty years.",
                "Listen to the residents before you build, she told the council.",
                "Listen to the residents, the mayor urged the council before the vote.",
                "Listeners called the station for hours after the broadcast ended.",
                "The race started at 2:31 p.m. and ended just before sunset.",
            ]
        ),
        "read-more": Examples(
            removed: [
                "SOMA PIA: Nyandarua MCAs want cold stores built before the harvest",
                "Also read ▸ Why the town still loses four in ten litres of its water",
                "Darllenwch hefyd: Caravan park loses 12 pitches to landslip",
                "MWY / MORE ➜ How three other villages saved their locals",
                "RELATED REVIEWS",
                "Czytaj także: Nowe światła na rondzie",
                "Najczęściej czytane: Budowa tramwaju na Młyńskiej",
                "Läs också: Ny cykelväg längs ån öppnar i maj",
                "Mest läst just nu: Isen på sjön för svag",
                "Léigh tuilleadh: Scoil nua ar an mbaile",
                "Trending on Metro 7: Bridge closure extended to June",
                "Basahin din: Bagong tulay sa Iloilo, bubuksan na",
                "Read next on the Mercury: Farmers count the cost of the drought",
                "READ: What the new rules mean for your wallet",
                "Read more: Council approves harbour budget", "READ MORE: Ferry fares to rise in spring",
                "Related: School buses reroute during bridge works",
                "MORE: Five things to know about the bridge closure",
                "Most popular » Storm closes the coast road", "Further reading — How the tide tables are made",
                "Lire aussi : Le festival du lac revient", "Leia também: Feira do livro bate recorde",
                "Lesen Sie auch: Hafenfest zieht Tausende an", "Trending right now: Ferry timetable changes",
                "Lees ook: Nieuwe brug bij de haven", "Les plus lus : La digue rouvre en mai",
                "Meistgelesen: Neue Fähre für die Insel",
                "LIVE UPDATES: Road closures map — refreshed every 10 minutes",
                "Live blog: Follow the count as results come in", "Follow live — Storm Aila crosses the coast",
            ],
            kept: [
                "\"Read more books,\" she said.",
                "Read more about the plan in the council's published report, the mayor said.",
                "Related projects include a new footbridge and a cycle lane along the quay.",
                "\"Read more books,\" she said, handing out library cards at the fair.",
                "More than 300 people attended the meeting on Tuesday night.",
                "Most popular among the proposals was a night bus to the airport.",
                "Popular right now among commuters are the hire bikes at the station.",
                "Más de 300 personas asistieron al pleno del martes.", "Mais de metade dos moradores votou contra.",
                "Live updates from the control room helped crews reach the flooded streets, she said.",
                "Live music returns to the quay on Saturday: three bands and a choir.",
            ]
        ),
        "photo-caption": Examples(
            removed: [
                "Picha: Maktaba ya Rift Courier", "Llun: Archif Glannau",
                "The coast road closest to the cliff edge at Porthgwyn. Llun / Photo: Glannau",
                "Pupils plant trees behind the hall — Photo courtesy of the school",
                "Photo / Supplied",
                "Traders close their stalls at the Kurmi market — Harbour Post / Ade Musa",
                "Residents queue for water from a tanker on Monday. | Photo Credit: Special Arrangement",
                "Workers at a garment unit in Tiruppur. File | Photo Credit: K. Murugesan",
                "Members of the team celebrate after the final. — Special Arrangement",
                "Lola on the Star Search panel in 2024 – Buzz Post Pictures",
                "Autorka projektu na terenie przyszłej plaży. Fot. Michał Zieliński",
                "Dawna warzelnia po remoncie (fot. Piotr Gajda)",
                "Fans gather outside the stadium before the final. Picture supplied",
                "Crews clear a fallen tree on Main Road. — Supplied",
                "Yannick Favre in his new cellar. PHOTO - SANDRINE MOREL",
                "LEDGERWIRE/Thomas Reyes", "Ana Vos/AFP",
                "The town hall, where the meeting will be held (Ledger Archive)", "Terraced houses in Manchester (PA)",
                "The southern portal of the tunnel. Crédit photo : Agence Alpa",
                "Members of the team with their robot. Colin Ernst / Tribune",
                "Volunteers sort donated books in the basement. Supplied", "Representational image",
                "Image description: stacked lobster traps beside a wharf",
                "The Tollgate Bridge at dusk on Monday. (Mara Lindqvist/Northwind Wire)",
                "Crews inspect the suspension cables. (Photo: Dev Anand/Harbour Gazette)",
                "Photo: Ana Brisk/Valley Herald",
                "Fishing boats return to the quay in Port Halden. Getty Images",
                "The new ferry on its first crossing. (AP Photo/Lena Ostrova)",
                "Volunteers sort donations at the food bank, Tuesday, March 3, 2026. (File photo)",
                "Demonstrators gather outside the parliament in Corrin on Friday. (Tomas Reyes/AFP via Getty Images)",
                "A firefighter rests after the blaze was put out (Supplied)",
                "The harbour master, pictured in 2019. (Courtesy of the Port Authority)",
                "Image credit: Harbour Gazette", "Getty Images", "Reuters/Ana Brisk",
                "Courtesy of the Lindqvist family",
                "Photograph by Jonas Berg for the Valley Herald",
                "The old mill after its restoration. (Harbour Gazette)",
                "Rowers on the estuary at dawn on Sunday. — PHOTO: LIM SOO KENG",
                "The reopened bakery on Main Street – Photo by Nadia Ferreira",
                "Feirantes montam as barracas na praça central — Foto: Júlia Prado/Folha do Vale",
                "Floodwater covers the lower parking lot on Friday. (Submitted by Ray Tremblay)",
                "Júlia Prado/Folha do Vale",
            ],
            kept: [
                "The committee met twice — once in May and once in June.",
                "The ceasefire was agreed after weeks of talks – by arrangement with both governments, officials said.",
                "The vote was close. Photo - and video - evidence was shown.",
                "The mayor unveiled the mural — photo by photo, she said, it tells the town's story.",
                "Organisers asked visitors to leave the flowers alone – photos are welcome.",
                "The plan was approved in March (submitted by the works committee in January).",
                "Toronto/Montreal",
                "He was elected in 2019 (Labour).", "The mayor's plan (Part 2)", "\"We said no,\" Ms Ruiz (Green) said",
                "The council (which meets monthly) approved the plan on Tuesday.",
                "Turnout was 61 percent (up from 54 percent in 2022), the returning officer said.",
                "The limit on the coast road is 80 km/h (50 mph).",
                "The meeting was held online (the photo of the mayor's kitchen was widely shared).",
                "Prices rose 2 percent (year/year) in October.",
            ]
        ),
        "gallery": Examples(
            removed: [
                "PICHA ZAIDI: six photos from the borehole field",
                "Oriel / Gallery: 11 llun o Sioe 2023 — 11 photos from last year's show",
                "Gallery: The new phone in pictures (8)", "In pictures: Harvest day — 14 photos",
                "Tap to see the full gallery — 24 photos",
                "GALLERY: Lady Zuri through the years — 18 photos",
                "IN PICTURES | Scenes from the state kabaddi final",
                "📸 Click here to see our gallery: her most stunning red carpet looks",
                "Galeria zdjęć (12) »",
                "Bildspel: 18 bilder från kvällen – klicka för att bläddra",
                "Galeria: veja 12 fotos da festa",
                "Imagem 2 de 9",
                "Gallery: 14 photos from the harbour festival",
                "Galerie photos (18)", "Photo gallery (12)", "dock-lineup-2026.jpg",
                "Galería: 1 de 15", "Gallery: 6 photos", "Enlarge", "Expand", "Mehr Fotos", "Galeria: 12 fotografias",
                "Fotostrecke ansehen (9 Bilder)", "Voir la galerie complète (18 images)", "Zobacz galerię",
                "Abrir galeria [12 fotos]",
                "View gallery", "Open the photo gallery (14 images)", "Image 3 of 12", "1 of 9", "12 photos",
                "Enlarge this image", "Hide caption", "toggle caption", "Swipe for more photos", "Next image", "Photo",
                "Bildergalerie", "Diaporama", "Guarda la fotogallery", "Ver galería", "Zur Bildergalerie",
            ],
            kept: [
                "Gallery owners say the new rules - 12 in all - are confusing",
                "Tap to see how the new bus routes will change your commute",
                "In pictures taken by her father, the singer looks no older than six.",
                "Gallery owners reopened in May after the flood.",
                "The gallery opens in June with 40 photos of the old harbour.",
                "Galerie ansehen lohnt sich, schrieb die Kritikerin.",
                "Photos of the flood were shared by hundreds of residents.",
                "One of nine councillors voted against the plan.", "Gallery owners welcomed the new arts grant.",
            ]
        ),
        "share": Examples(
            removed: [
                "Chapisha makala hii", "Comparta esta nota", "Sylwadau (4) · Share",
                "Dilynwch ni ar Facebook", "Rhannwch yr erthygl hon",

                "Like this? Share it with a fellow fan: Facebook · X · WhatsApp",
                "Share this review", "Share this guide",
                "Enjoyed this article? Share it with a friend",
                "Follow the Gazette on Instagram for weekend news updates",
                "Ikuti kami di Instagram",
                "Udostępnij · Skomentuj · Drukuj",
                "Imprimir | Enviar por correo | Comentar",
                "Dela artikeln: Facebook · X · Kopiera länk",
                "Dela · Skriv ut · Spara",
                "Salvar · Compartilhar · Imprimir",
                "Guardar | Compartir",
                "Deel dit artikel", "Share: Facebook · Viber · Email",
                "Print this article | Email | Comments (12)",
                "Compartilhe: WhatsApp | Facebook | Copiar link",
                "Comparte esta nota en tus redes", "Imprimir nota | Enviar por correo | Regresar arriba",
                "Click to share on Reddit (Opens in new window)", "Like this:", "Like Loading...",
                "Imprimir", "Enviar por correo", "Drucken", "Partilhar: Facebook | X | WhatsApp | E-mail",
                "Follow the Gazette on Facebook", "Follow Bharat Dispatch on Google News for the latest updates",
                "Share this article", "Share on Facebook", "Share", "Facebook Twitter Email", "Copy link", "Print",
                "Save for later", "Share or comment on this article", "Partager cet article", "Compartir en Twitter",
                "Diesen Artikel teilen", "Follow us on Instagram", "Share this story: Facebook | X | WhatsApp | Email",
                "Share on LinkedIn   Share on X   Copy link", "Print | Email | Save", "Share this: Facebook, Email",
                "Sharing is caring ❤ Share on Facebook", "Drucken | Nach oben", "Imprimir · Enviar por correo",
                "Partager sur X · Copier le lien",
            ],
            kept: [
                "Share of the vote: Facebook users 40%",
                "Share this road with care, the signs say.",
                "Like this story, the sequel is set in Lagos.",
                "Like this year's harvest, the vote came late.",
                "Click to share your views at the consultation before Friday.",
                "Follow the money, the auditor said.",
                "Save the date", "Email the council", "Print is not dead", "Facebook and X fined over ads",
                "Shareholders will vote on the merger at the annual meeting in May.",
                "The two towns share a water supply that dates from the 1930s.",
                "Print runs of the paper fell by a third last year.",
            ]
        ),
        "newsletter": Examples(
            removed: [
                "Cofrestrwch i dderbyn ein cylchlythyr",
                "Get flood alerts on your phone: text FLOOD to 80-11",
                "Tune in to Harbour FM at 7 for the latest",
                "Meld je aan voor de nieuwsbrief van de Stadskrant",
                "Schrijf je in voor Ochtendpost: het nieuws van de dag in je mail.",
                "Follow the Courier's WhatsApp channel for the latest headlines",
                "Receba as notícias da Gazeta no seu WhatsApp: entre no canal",
                "Baixe o aplicativo da Gazeta na App Store ou no Google Play",
                "Subscreva a nossa newsletter e receba as notícias todas as manhãs.",
                "Sign up for our morning newsletter", "Get the day's top stories delivered to your inbox",
                "Abonnez-vous à notre infolettre", "Suscríbete a nuestro boletín",
                "Quer receber a nossa newsletter no seu e-mail?", "Jetzt Newsletter abonnieren",
                "The weekly newsletter for harbour watchers",
            ],
            kept: [
                "Watch the skies for the latest meteor shower, astronomers said.",
                "She sent a text to 12 friends before the race.",
                "Get your ballot by mail before the deadline, the clerk said.",
                "The ministry said it would use a WhatsApp channel to warn farmers of floods.",
                "Shares of Signal Media Group rose 20% last year.",
                "Telegram groups shared the video widely before the vote, researchers found.",
                "Download figures for the app in the App Store fell, the company said.",
                "The union told members in a letter on Friday that the offer would be put to a vote, and urged every driver to take part before the ballot closes at the end of the month.",
                "Subscribers to the regional water service will see their bills rise by 3 percent from April.",
                "The parish newsletter, first printed in 1962, still goes to every house.",
            ]
        ),
        "comments": Examples(
            removed: [
                "Have your say on this story? Comments are moderated and may take some time to appear.",
                "Have your say on this story",
                "12 comments · Join the conversation",
                "Loading comments...",
                "Skomentuj (23)",
                "Komentarze (4)",
                "Comente esta notícia (4)",
                "Commentez cet article",
                "Reageer op dit artikel (3 reacties)", "12 reacties",
                "Réagir à cet article (12 commentaires)",
                "Have your say - join the conversation below. Comments are moderated.",
                "Comments are moderated before they appear.",
                "Commenting on this article is currently disabled", "Replies are now closed",
                "Les commentaires sont fermés", "Komentarze (3) — dyskusja zamknięta",
                "Die Kommentarfunktion ist deaktiviert",
                "Comments (12)", "3 comments", "Leave a comment", "Leave a Reply", "View all comments",
                "Join the conversation", "Comments are closed.", "Have your say",
                "Your email address will not be published. Required fields are marked *",
                "For technical reasons our comment section is now closed. Our social networks remain open to your views.",
                "Comentários", "Comment on this story (14)", "Comments (3) | Add yours", "Réagir à cet article",
                "Deja tu comentario", "Jetzt kommentieren", "Was this article helpful? 👍 👎",
                "Did you find this story useful? Yes / No",
            ],
            kept: [
                "Comment on this story? The council declined to.",
                "Have your say at the town hall on Tuesday, the mayor urged.",
                "Comments are closed until Friday, the council clerk said.",
                "Commenting is off limits for staff, the new social media policy says.",
                "The minister declined to comment on the report before its publication.",
                "Comments from residents will be collected until the end of the month, the council said.",
                "Reply letters from the ministry arrived weeks later.",
            ]
        ),
        "report-error": Examples(
            removed: [
                "Error? Let us know", "Gwall? Rhowch wybod i ni / Error? Let us know",
                "Signaler une coquille", "Une erreur? Report an error: redaction@lepharebeacon.example",
                "Melden Sie einen Fehler",
                "I-report ang mali sa artikulong ito", "Iulat ang pagkakamali",
                "Spotted something wrong in this article? Tell us",
                "Have photos of the parade? Send them to us here",
                "Know a volunteer who deserves thanks? Nominate them here.",
                "Found a mistake in our reporting? Email the desk",
                "For corrections and clarifications, email the standards editor at desk@example.org",
                "Fout gezien? Mail de redactie",
                "Achou um erro nesta reportagem? Fale com a redação",
                "¿Encontraste un error en esta nota? Escríbenos",
                "Do you have a story tip? Email news@harbour.example",
                "Sie haben einen Fehler entdeckt? Melden Sie ihn der Redaktion.", "Vous avez repéré une erreur ?",
                "Do you want to report an error or a typo? Click here!", "Spotted an error? Let us know.",
                "Report a typo", "Found a mistake? Tell us", "Signaler une erreur",
                "Got a news tip? Email the newsroom",
            ],
            kept: [
                "Error rates fell by a third, the audit found.",
                "Residents can report a mistake on their bill online.",
                "I-report daw agad ang mga sirang poste, sabi ng kapitan.",
                "People come to watch the birds here.",
                "Have you seen something wrong? Police want to hear from you.",
                "For corrections to the voter roll, residents can write to the county clerk, officials said in a statement on Monday that drew wide attention.",
                "¿Encontraste un error en el contrato?, preguntó el juez.",
                "The auditors found an error in the 2024 accounts that overstated income by 2 million crowns.",
                "She said she would report an error in the ballot count to the electoral commission on Monday.",
                "Police said the tip came from a neighbour who saw smoke.",
            ]
        ),
        "copyright": Examples(
            removed: [
                "Kopiereg © 2025 Die Karoo Mercury. Alle regte voorbehou.",
                "Cóipcheart © Current Media 2026. Gach ceart ar cosaint.",
                "© 2026 Harbour Gazette. All rights reserved.", "Copyright 2026 Northwind Wire",
                "(c) 2026 Valley Herald Media", "© 2022 Ridge Weekly, a division of Corrin Media Inc.",
                "Tous droits réservés",
                "This material may not be published, broadcast, rewritten or redistributed.",
            ],
            kept: ["The band lost a copyright case over the song in 2019 and has not performed it since."]
        ),
        "outlet-credit": Examples(
            removed: [
                "This story was translated from Welsh",
                "This story was produced in partnership with the Southwest Water Reporting Collaborative.",
                "Published by Harbour Media Ltd, 4 Quay Street, Aberaeron",
                "Cyhoeddir gan Gwmni Glannau Cyf., Stryd y Cei, Aberaeron.",
                "Cefnogir Glannau gan Gronfa Newyddion Lleol y Gorllewin.",
                "Support for KHDR comes from Organ Ridge Family Dental, caring for smiles since 1987.",
                "Support comes from Piñon Lane Books, an independent bookstore hosting readings every Thursday.",
                "Rift Courier inazingatia Kanuni za Maadili ya Wanahabari.",
                "Le Phare est membre du Conseil de presse de l'Atlantique.",
                "The Kilbarran Champion is a member of the Press Council of Ireland and subscribes to its Code of Practice.",
                "This newspaper is regulated by IPSO",
                "This story is also available in French / Cet article est aussi offert en français", "Read in English",
                "Lire en français",
                "Affiliate notice: Some links in our Home & Garden section may earn Harbour Weekly a small commission.",
                "Trail Test Weekly reviews every product it recommends. If you buy through our links, we may earn a commission.",
                "The Associated Press contributed to this report.",
                "Reporters from partner stations contributed reporting.",
                "This coverage is made possible by the Lakeside Community Foundation.",
                "Coastal Democracy Reporting is funded by the Regional News Fund and shared with member papers.",
                "The series is supported by a grant from the Ferris Trust, which has no editorial input.",
                "— With input from Harbour wire",
                "First published in the Valley Herald print edition, 4 May",
                "Harbour Daily may earn a commission when you buy through links on this page.",
                "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
                "Gadgetry is reader-supported. We may earn a commission when you buy through links on our site.",
                "This article contains affiliate links.",
                "Este conteúdo foi publicado originalmente no site Voz do Campo.",
                "This content was originally published by Harbour Weekly.",
                "With reporting from Tomas Reyes, Ledger correspondent", "Additional reporting by Reuters",
                "Originally published in the Courier print edition, 3 June 2026.",
                "Com informações da Agência Sertão", "Con información de EFE", "Avec AFP",
                "This story has been published from a wire agency feed with minor edits by the Ledger desk.",
                "Cet article a été publié initialement par l'agence ATS.",
                "Disclaimer: The views and recommendations above are those of individual analysts.",
                "This post contains affiliate links.", "We may earn a commission from links on this page.",
                "Originally published by our sister title, the Harlow Gazette.",
                "Esta información fue publicada originalmente por Ràdio Serrat.",
                "(Reporting by Ana Reyes in Lima; Editing by Mark Hollins)", "(With inputs from agencies)",
                "Purchase Licensing Rights",
                "This column was initially printed in the Sunday Ledger, our sister paper.",
                "Dieser Beitrag erschien zuerst bei Radio Nordwelle.",
                "Cet article a d'abord été publié par Le Petit Riverain.",
                "Este artigo foi publicado originalmente no Diário do Vale.",
                "This article was originally published by the Lakeside Bulletin.",
                "Originally published on harbourgazette.example on March 3, 2026",
                "A version of this story first appeared in the Valley Herald.",
                "This story is republished with permission from Northwind Wire.",
                "Ridge Weekly, a division of Corrin Media Inc.",
                "With files from The Canadian Press", "— With files from Reuters, AP",
            ],
            kept: [
                "Support for the plan comes from the Greens and two independents.",
                "The report was produced in partnership with the university, the minister said.",

                "The paper is a member of the Press Council, its editor said, and will publish the ruling.",
                "The report is also available in French and Inuktitut, the agency said.",
                "Members of the press council said the code was outdated.",
                "Volunteers contributed to the report, which runs to 200 pages.",
                "Affiliate marketing now earns the shop a commission on 40% of its sales, she said.",
                "The shop tests every bike it sells. If you buy through its links, the owner said, the price is the same.",
                "The project is funded by the council and a lottery grant.",
                "Health coverage is funded by payroll taxes, the minister said.",
                "The agency may receive a commission on each sale, the broker said.",
                "The retailer said it would earn a commission of 4% on every sale through the app, up from 3%.",
                "Reporting by the Herald found that 40 councils missed the deadline.",
                "Com informações da polícia, a prefeitura fechou a ponte na segunda-feira.",
                "This story has been published in three languages, the editor said.",
                "Disclaimer notices were missing from 40 of the ads, the regulator found.",
                "We earn a commission on every sale, the agent said.",
                "First published in 1911, the Gazette is the oldest paper in the county.",
                "The story first ran in the Ledger, the author said in an interview.",
                "First published in 1962, the novel has never been out of print.",
                "The paper was originally published as a weekly and became a daily in 1921, its editor said.",
                "The mayor, a member of the Green party, voted against the plan.",
                "With files from the inquiry, police reopened the case.",
            ]
        ),
        "dateline": Examples(
            removed: [
                "Imesasishwa: 11:40 EAT", "2 Medi 2024",
                "Originally published Jan. 16, 2025 at 9:40 p.m.; updated with morning totals.",
                "First published 3 March 2026",
                "9:05am Tue 12 March 2026 · Last updated 11:20am",
                "Tuesday | June 9, 2026",
                "Published: Saturday | July 18, 2026 | 12:07 AM",
                "JABALPUR, MARCH 18, 2026 00:12 IST",
                "Mumbai, April 22, 2026",
                "14:20, Tue, Apr 7, 2026",
                "15 maja 2026, 08:47",
                "Opublikowano: 22.05.2026, 15:10",
                "Sobota, 1 czerwca 2026",
                "Publicerad 12 mars 2026 kl. 14.20 · Uppdaterad 12 mars 2026 kl. 16.05",
                "Publicerad: 2026-03-27 08:00",
                "March 4, 2026 | 6:40 PM", "14 mei 2026 om 17:05 · Bijgewerkt 18:10", "August 9 2026 - 7:15am",
                "Publié le 9 mars 2026 à 08h15", "Actualizado: 14/03/2026 · 18:40",
                "Publicado el 02/07/2026 a las 09:15 por Redacción Cultura", "June 2, 2026 6:05 AM EDT",
                "4 de outubro de 2026", "Updated 3 hours ago", "Atualizado há 3 horas",
                "Gazette news team · 3 min read", "Redacción · 5 min de lectura",
                "Par la rédaction · Mis à jour le 21 avril 2026 à 17h32", "First uploaded on: 27-05-2026 at 08:42 IST",
                "Posted by the news desk | Updated 3 Mar 2026, 8:15 a.m.", "Published: March 3, 2026",
                "Updated Tuesday, 14:05", "Last updated on 2026-03-03 at 10:00", "Posted on 3/3/2026",
                "Published Thu, 9 Apr 2026 | 6 min read",
            ],
            kept: [
                "First published in 1851, the paper moved to Main Street in 1902.",
                "March 4, 2026 was the wettest day on record, the bureau said.",
                "Publicado en 1998, el libro vendió un millón de copias.", "Stand 5 of the exhibition was empty.",
                "Published figures show unemployment fell to 4 percent in 2024.",
                "Updated maps of the flood zone will be posted at the town hall.",
            ]
        ),
        "byline": Examples(
            removed: [
                "Stori gan / Story by Cerys Pugh",
                "DEUR PIETER VAN DER MERWE", "Av Ingrid Holm",
                "ni/By Marites Dela Cruz", "Oleh/By Farid Hamzah",
                "Oleh Siti Aminah",
                "Daga Musa Sani, Kano",
                "Nā Rangi Tawhiri",
                "ni Jose Reyes",
                "WKRT 9 Digital Staff",
                "Hemi Walker, Local Democracy Reporter",
                "dal nostro inviato Marco Sala", "Posted by Ruth Allen, Community Reporter",
                "By Ledger sports desk", "Aoife Ní Bhriain, Health Correspondent", "Par la rédaction, avec ATS",
                "Edited By: Rohan Kulkarni", "Gazette Business Desk", "Redaktion Lahnstein",
                "Kurier / Redaktion Lahnstein",
                "Text: Jonas Weber, Rheinblick", "Author: Amy Cole | Harbour Desk", "Przez Anna Nowak | 3 maja 2026",
                "Por Rui Costa · 12 de março de 2026",
                "By Ana Ruiz, Staff Writer — Tue., April 14, 2026", "By Metro desk", "BY JONAS EK AND LIV ORN",
                "Words by Sara Lind | Photos by Ove Berg", "Reporting by Kim Osei",
                "By Tomás de la Fuente | Updated 9:40", "Lotte van Dijk · Friday 3 April 2026",
                "Sam Okafor, Health Editor — 12 March 2026, 7:30 am",
                "Words and pictures: Mairéad Ní Fhlatharta", "Report by Éanna Ó Broin, Dairy Correspondent",
                "Words: Lerato “Lee” Dube", "By Ömer Çelik",
                "Medically reviewed by Dr. Lena Hart, MD", "Fact-checked by Ravi Menon",
            ],
            kept: [
                "Ni Hao noodle bar opens on Friday.",
                "Posted by hand, the letters arrived a week late.",
                "Maria Lopez, the health minister, said the plan would cost more.",
                "By Monday sports halls will reopen across the county.",
                "The help desk opened on Monday.",
                "Von Braun Centre Reopens", "Door Dash Drivers Strike", "Par Three Holes Reopen At Links",
                "By Tuesday, the river had risen two metres.", "By the time crews arrived, the roof had collapsed.",
                "By Mike's account, the meeting was a disaster.",
                "By March 2027 the line should be finished, the minister said.",
                "Marta Ruiz - March 3, 2026 was the day she finally retired.",
                "Story by story, the archive was rebuilt.",
                "Words and pictures: how the museum tells its story",
                "By Ürün's own count, the co-op sold 400 tonnes.",
                "Reviewed by inspectors last year, the school improved.",
            ]
        ),
        "taxonomy": Examples(
            removed: [
                "Tagiau: Erydiad arfordirol, Cyngor Sir, Porthgwyn",
                "#flood #Harbour #weather", "#MereTogether",
                "Tagi: tramwaj, Zawodzie, utrudnienia",
                "Ämnen: Skola, Västerby, Barn- och utbildningsnämnden",
                "Mais sobre: Goiás, chuvas, agricultura",
                "More on: housing, city council",
                "Posted in Homelab, Hardware | Tagged energy, mini pc | 14 Comments",
                "Categories: Local, Transport", "Tags: bridge, council", "Filed under: Politics", "Tags: , , ,",
                "Posted in: Harbour news", "Topics: Weather",
                "Tags: cattle, mart prices, Co. Mayo, St. Brigid's Day",
            ],
            kept: [
                "#1 in the charts",
                "#1 seed wins again",
                "More on: that later, she said.",
                "Posted in March, the letter never arrived.",
                "Tags on the released birds will let researchers follow their route south.",
                "Topics: Dr. Osei opened the meeting. Then the council voted on the budget.",
            ]
        ),
        "navigation": Examples(
            removed: [
                "Rudi juu ↑", "Yn ôl i'r brig ↑",
                "Audio / Headphones / Reviews",
                "Match Centre: Stats · Lineups · Timeline →",
                "Full scorecard · Ball-by-ball · Wagon wheel",
                "Live scores: NPL | Premier Reserves | Under-18s",
                "← Previous Post: Hands-on with the newest e-ink tablets", "Next post: Why home routers age badly",
                "Artículo anterior",
                "Sports › Cricket", "Region » Rhein-Lahn", "Download the Harbour Dispatch app for real-time city news",
                "Head back up to the top", "Take me to the top", "Skip to top of article",
                "Back to top", "Back to top button", "Back to the top ↑", "Skip to main content", "Next article",
                "Load more", "Menu", "Source link", "View original article", "5 min read", "Home > News > Harbour",
            ],
            kept: [
                "Yes/No/Maybe, she wrote on the form.",
                "The menu: soup · bread · a glass of wine, all for $12.",
                "Scores: Rays 12, Comets 13 after the first quarter.",
                "Prices rose > 5% in March.",
                "To the top of the mountain took them nine hours.", "To the top!",
                "Back to the top of the league, United celebrated late into the night.",
                "The menu at the new harbour café changes every week, the owner said.",
                "Home prices in the valley rose for a fifth month.",
            ]
        ),
        "cookie-notice": Examples(
            removed: ["We use cookies to improve your experience on our site. Accept all cookies"],
            kept: ["The bakery sold 4,000 cookies at the fair, raising money for the lifeboat crew."]
        ),
        "data-widget": Examples(
            removed: [
                "View Deal",
                "Today's best Halcyon Buds 3 deals",
                "$129 at Parcelton",
                "🛒 Vantor Aero 14 (2026): $1,149.99 $1,049.99 at Electroshed ↗",
                "🔥 Lowest price ever on Halcyon Buds 2: now $79 (save $50)",
                "⭐ Editor's Choice",
                "Odds from our partners. R18. Bet responsibly – for free support call 0800 000 000.",
                "Gamble responsibly. Odds correct at time of publishing and subject to change. 18+ only.",
                "1. Falcons  P4  W2  D2  Pts 48",
                "3. Canterbury Plains  P4  W1  D1  L2  Pts 31",
                "HGFS +11.03%   CRVN -2.14%   PLMF +0.37%", "OKFN +25.11%   S&P 500 +0.18%   Gold $2,187.40",
                "$48.62  ▲ 4.83 (+11.03%)", "PLMF  $64.19  ▼ 0.88 (-1.35%)",
                "Harrowgate Freight Systems Inc. (NYSE: HGFS)",
                "Brightmoor Media Corp. (NASDAQ: BRMD) | 31.08 | -1.47 | -4.52% | Vol 8.2M",
                "Markets data delayed 15 minutes",
                "Quote data delayed at least 15 min. | Pro subscribers: get real-time quotes",
                "This article is for informational purposes only and should not be construed as investment advice.",
                "Ledgerline Markets does not provide investment, tax or legal advice.",
                "Past performance is not indicative of future results.",
            ],
            kept: [
                "The laptop costs $1,149 at launch, and the company expects discounts by the autumn.",
                "Our top pick for students is still last year's model, which is lighter and cheaper.",
                "The bookmakers' odds lengthened after the injury, but the coach said he never reads them.",
                "Bet responsibly, the minister told parliament, is not a policy.",
                "Shares rose 4% to $48.62 on Thursday, their biggest gain in a year.",
                "The fund warned that past performance is not indicative of future results, a line every prospectus carries.",
                "Harrowgate Freight Systems Inc. (NYSE: HGFS) said revenue rose 7% in the quarter.",
                "Prices delayed by the strike reached the shops a week later than planned.",
                "Revenue rose to $2.31 billion from $2.16 billion.",
            ]
        ),
        "paywall": Examples(
            removed: [
                "Unlock more stories like this — subscribe from S$1 for your first month",
                "Mere TV subscribers can watch the full 90 minutes on demand — subscribe now",
                "Subscribe to The Narmada Chronicle ePaper — unlimited access at ₹99/month",
                "Not a subscriber yet? Get full access to the Beacon from J$500 a month",
                "🔒 PRO: Our analysts explain what the merger means for grocers — subscribers only",
                "Enjoying our coverage? Subscribe for ₦1,000 a month and read without limits",
                "Support for KBRT comes from listeners like you. Give today.",
                "Donate to Valley Public Media: keep local reporting on the air",
                "Make a gift to KBRT today",
                "Subscribe to the Gazette — from £2 a month", "Never miss a story: subscribe for £1 a week",
                "Already a subscriber? Log in", "Subscribe to continue reading",
                "This article is for subscribers only.",
                "Subscribe now", "Become a member for $1 a week", "Support our journalism", "Sign in",
            ],
            kept: [
                "Anyone over 60 can join the club for free, the secretary said — and many do.",
                "The gym charges members $40 a month, up from $35, the owner said.",
                "The briefing was open to members only, a spokesman said.",
                "Pro: the deal adds scale. Con: it adds debt, analysts wrote.",
                "Donate to the food bank if you can, the organisers said.",
                "Support for the plan comes from residents like you and me, the mayor said.",
                "Subscribers pay £2 a month, the company said.",
                "The library will keep its subscription to the regional archive for another year.",
                "Support for the plan has grown since the spring, a poll found.",
            ]
        ),
    ]

    /// Contextual-rule examples by rule name: whole documents, and the lines
    /// the rule must remove from each (other lines must stay).
    static let documentExamples: [String: [(document: String, removed: [String])]] = [
        "line-shape": [
            (
                // Hungarian, which no line rule knows: the shape does it.
                document: """
                A városi tanács kedden jóváhagyta az új gyalogoshíd építését a folyó felett.

                🎬 Nézze meg a videót: így épül az új híd

                A munkálatok tavasszal kezdődnek, és két évig tartanak.

                Az új híd látványterve a városháza előtt kedden. — Kép: Kovács Anna/Városi Hírek

                A polgármester szerint a híd a belváros forgalmát is csökkenti majd.

                Hangfelvétel: a polgármester beszéde (3:05)

                Az első gyalogosok várhatóan 2028 nyarán kelhetnek át a hídon.

                Hanganyag a híd történetéről · 38:12

                A tanács jövő hónapban dönt a kivitelezőről.
                """,
                removed: [
                    "🎬 Nézze meg a videót: így épül az új híd",
                    "Az új híd látványterve a városháza előtt kedden. — Kép: Kovács Anna/Városi Hírek",
                    "Hangfelvétel: a polgármester beszéde (3:05)", "Hanganyag a híd történetéről · 38:12",
                ]
            ),
            (
                // A section label above the byline, a ticker, a credit in
                // brackets after a sentence, a bracketed count.
                document: """
                Városi Hírek

                KÖZLEKEDÉS

                Szabó Éva tudósító

                A városi tanács kedden jóváhagyta az új gyalogoshíd építését a folyó felett.

                VHRT  12,40  ▲ 0,35 · +2,9%

                A munkálatok tavasszal kezdődnek, és két évig tartanak.

                Munkások a folyóparton hétfőn. (Beküldte: Nagy Péter)

                A polgármester szerint a híd a belváros forgalmát is csökkenti majd.

                Hozzászólások (14)
                """,
                removed: [
                    "KÖZLEKEDÉS", "VHRT  12,40  ▲ 0,35 · +2,9%",
                    "Munkások a folyóparton hétfőn. (Beküldte: Nagy Péter)",
                    "Hozzászólások (14)",
                ]
            ),
            (
                // A subhead under an ad marker, a quote, a one-sentence
                // paragraph, a score, a list item, a bracketed aside: kept.
                document: """
                The council approved the new footbridge on Tuesday after a two-year debate.

                Advertisement

                A new crossing

                "We waited forty years for this," said one resident.

                Nobody was hurt.

                Kilbrenna 1-17 Ardmoyle 2-13

                - 14,000 expected daily passengers

                The vote was five to two (with one abstention).

                Opening: 12 May 2027

                Work starts in the spring and will take two years.
                """,
                removed: []
            ),
        ],
        "headline-run": [
            (
                // A related-link line inside the block is one of its links:
                // the unknown heading and the other headlines go with it.
                document: """
                Most morning trains out of the valley were cancelled, the operator said.

                Flood coverage

                Live updates: Road closures and school cancellations

                What to do if the river reaches your garden

                Is this spring wetter than normal? Here's what the gauges say

                The river is expected to peak on Sunday night.
                """,
                removed: [
                    "Flood coverage",
                    "What to do if the river reaches your garden",
                    "Is this spring wetter than normal? Here's what the gauges say",
                ]
            ),
            (
                // A review's own sectioned list stays, even under an embed
                // that is removed: its two headings open alike.
                document: """
                The jacket kept us dry through three days of coastal rain and still packs into its own pocket.

                ▶ Watch: the jacket in a downpour (0:45)

                Who should buy it

                Walkers who want one shell for every season

                Cyclists who commute in changeable weather

                Who should skip it

                Climbers who need a helmet-compatible hood

                It costs less than most rivals and weighs about the same.
                """,
                removed: []
            ),
            (
                // Estonian: a heading over two headlines, under a gallery
                // line that the line's shape removes.
                document: """
                Linnavalitsus kinnitas teisipäeval uue raamatukogu ehitamise vanalinna servas.

                📷 Galerii: 12 pilti ehitusplatsilt

                Loe ka:

                Linn avab suvel kolm uut mänguväljakut

                Bussiliin number viis kaob septembrist

                Ehitus algab mais ja peaks valmima kahe aasta pärast.
                """,
                removed: [
                    "Loe ka:", "Linn avab suvel kolm uut mänguväljakut", "Bussiliin number viis kaob septembrist",
                ]
            ),
            (
                // A heading in capitals at the end.
                document: """
                Linnavalitsus kinnitas teisipäeval uue raamatukogu ehitamise vanalinna servas.

                Ehitus algab mais ja peaks valmima kahe aasta pärast.

                KÕIGE LOETUM

                Linn avab suvel kolm uut mänguväljakut

                Bussiliin number viis kaob septembrist
                """,
                removed: [
                    "KÕIGE LOETUM", "Linn avab suvel kolm uut mänguväljakut", "Bussiliin number viis kaob septembrist",
                ]
            ),
            (
                // The story's own lists under a subhead or a colon stay.
                document: """
                The river rose by two metres overnight and several roads were closed on Monday.

                What residents should know

                Avoid driving through standing water on the coast road

                Keep sump pumps running through the night

                Check on elderly neighbours who live alone

                Think about it:

                You build your website in its own little corner

                Search engines find it the moment it goes live

                Other results on Sunday:

                Kano Stallions beat Plateau Highlanders in extra time

                Rivers Tide drew with Kwara Harmony at home

                The weather service expects the water to fall by Wednesday.
                """,
                removed: []
            ),
        ],
        "author-bio": [
            (
                // Welsh and Swahili notes; the outlet's note on itself.
                document: """
                The show returns to the field by the harbour on the first Saturday of September.

                Organisers said entries were up on last year.

                Elin Rhys yw gohebydd arfordir Glannau. Elin Rhys is Glannau's coast reporter.

                Wanjiru Kamau ni mwandishi wa habari za mazingira wa Rift Courier.

                KHDR is a listener-supported public radio station serving the high desert since 1978.
                """,
                removed: [
                    "Elin Rhys yw gohebydd arfordir Glannau. Elin Rhys is Glannau's coast reporter.",
                    "Wanjiru Kamau ni mwandishi wa habari za mazingira wa Rift Courier.",
                    "KHDR is a listener-supported public radio station serving the high desert since 1978.",
                ]
            ),
            (
                // An "about" box: its heading and the note that opens with
                // the name; the story's own "About the scheme" stays.
                document: """
                The library reopens on Monday after a year of building work.

                About the scheme

                The council pays half of the running costs and volunteers staff the desk on Saturdays.

                About Het Dorpsblad

                Het Dorpsblad is an independent news site for the villages of the Zuidoost, published by Dorpsmedia B.V.
                """,
                removed: [
                    "About Het Dorpsblad",
                    "Het Dorpsblad is an independent news site for the villages of the Zuidoost, published by Dorpsmedia B.V.",
                ]
            ),
            (
                // A byline that runs on into the note.
                document: """
                The co-operative will pay members in two instalments, in March and in June.

                Its chair said the second payment depended on the harvest.

                By Ana Vos, Courts Reporter. Ana has covered the courts, the coroner and the city's planning board since 2019. Email: ana@example.org
                """,
                removed: [
                    "By Ana Vos, Courts Reporter. Ana has covered the courts, the coroner and the city's planning board since 2019. Email: ana@example.org"
                ]
            ),
            (
                document: """
                The judges said the final was the closest in the show's history, with two votes in it.

                She returns to the panel in September for a third series.

                Marcus Vell is TV Editor at The Daily Lantern.
                """,
                removed: ["Marcus Vell is TV Editor at The Daily Lantern."]
            ),
            (
                // An outlet's possessive, and a Polish note with its dash.
                document: """
                The Rays won the final quarter by six goals to take the title for the first time since 2011.

                Their captain said the squad had trained twice a week through the winter.

                Hana Reti is the Tussock Herald's netball and women's sport reporter.
                """,
                removed: ["Hana Reti is the Tussock Herald's netball and women's sport reporter."]
            ),
            (
                document: """
                Tramwaj na Zawodzie pojedzie w czerwcu, a remont torowiska potrwa do końca maja.

                Miasto zapowiada też nowe światła na rondzie i dwa dodatkowe przystanki.

                Anna Nowak — dziennikarka Gazety Miejskiej, pisze o komunikacji i inwestycjach.
                """,
                removed: ["Anna Nowak — dziennikarka Gazety Miejskiej, pisze o komunikacji i inwestycjach."]
            ),
            (
                document: """
                Kerala's spice growers said the late monsoon had cut the cardamom harvest by a fifth.

                Anil Varghese, who chairs the growers' association, is a former reporter who turned to farming in 2004.

                Prices at the Bodinayakanur auction rose for a third week, traders said.

                Meera Pillai covers agriculture and commodities for the Ledger from Kochi.

                Share this story
                """,
                removed: [
                    "Meera Pillai covers agriculture and commodities for the Ledger from Kochi."
                ]
            ),
            (
                document: """
                Os produtores de café do cerrado esperam uma safra menor neste ano, segundo a cooperativa.

                A colheita começa em maio e deve terminar antes de agosto.

                Juliana Meireles é repórter de Economia desde 2019.
                """,
                removed: ["Juliana Meireles é repórter de Economia desde 2019."]
            ),
            (
                document: """
                La sagra del tartufo torna a novembre dopo due anni di pausa, ha detto il sindaco.

                Gli espositori saranno quaranta, dieci in più del 2024.

                Chiara Benedetti scrive di cultura e territorio per la Gazzetta dal 2018.
                """,
                removed: ["Chiara Benedetti scrive di cultura e territorio per la Gazzetta dal 2018."]
            ),
            (
                // A reviewer's credentials, a bureau chief, and a Filipino
                // note; a story's last line about a test stays.
                document: """
                Dr Imran Aziz has tested every player twice since the outbreak began.

                Three of the squad were cleared to train on Thursday.

                Lerato Dube is the Courier's Durban bureau chief. Sipho Nkosi covers sport.

                Tomás Ferreira has tested trail shoes for eleven years and has run six ultramarathons.

                Si Teresa "Tess" Villanueva ay reporter ng Tanglaw para sa Visayas.
                """,
                removed: [
                    "Lerato Dube is the Courier's Durban bureau chief. Sipho Nkosi covers sport.",
                    "Tomás Ferreira has tested trail shoes for eleven years and has run six ultramarathons.",
                    "Si Teresa \"Tess\" Villanueva ay reporter ng Tanglaw para sa Visayas.",
                ]
            ),
        ],
        "video-embed": [
            (
                document: """
                The ferry company added a second boat on Monday, doubling the number of daily sailings.

                Click to play video: 'New ferry makes its first crossing'
                New ferry makes its first crossing

                Passengers said the crossing took about 25 minutes.
                """,
                removed: [
                    "Click to play video: 'New ferry makes its first crossing'", "New ferry makes its first crossing",
                ]
            )
        ],
        "read-more": [
            (
                // A heading in two languages (taken by a line rule on its
                // English half) heads its list.
                document: """
                The lifeboat was called out three times in one weekend.

                Straeon eraill · More stories

                Harbour car park to close for resurfacing in March

                Holiday lets: how many homes are empty in winter?

                The crew is looking for new volunteers.
                """,
                removed: [
                    "Harbour car park to close for resurfacing in March",
                    "Holiday lets: how many homes are empty in winter?",
                ]
            ),
            (
                // A heading another rule took first, or one ending in an
                // arrow, still heads its headlines, colons and all.
                document: """
                The club raised R18 000 in four days to repair the floodlights.

                MORE STORIES:

                School league: Tsakane girls book a spot in the provincial semis

                Lola, 81, graduates from senior high: "It is never too late!"

                Also on Kasi Pulse ▸

                "I sold vetkoek to pay my fees": the striker who made it to the top flight

                The final was played in front of a full stand.
                """,
                removed: [
                    "School league: Tsakane girls book a spot in the provincial semis",
                    "Lola, 81, graduates from senior high: \"It is never too late!\"",
                    "Also on Kasi Pulse ▸",
                    "\"I sold vetkoek to pay my fees\": the striker who made it to the top flight",
                ]
            ),
            (
                // A short question above prose, a fact box of three labels
                // and a subhead above a numbered list end the links.
                document: """
                The bridge has been closed to heavy vehicles since the storm.

                Related

                Council approves a second flood budget for the valley

                School reopens after a week of closures

                Is the bridge safe?

                Engineers will report by June, and the council will then decide whether to repair or replace it.

                Most read

                Bakery opens its doors again after the flood

                Mill at a glance

                Location: Riverside Road

                Capacity: 40 tonnes a day

                Staff: 118

                Read also

                Volunteers clear the last of the silt from the square

                Have your say

                1. Read the plan at the library.

                2. Send a form before 28 June.
                """,
                removed: [
                    "Related", "Council approves a second flood budget for the valley",
                    "School reopens after a week of closures", "Most read",
                    "Bakery opens its doors again after the flood", "Read also",
                    "Volunteers clear the last of the silt from the square",
                ]
            ),
            (
                // A labelled list of the article's (and its subhead) after
                // the links stays, however long the links run.
                document: """
                Tenants who think the new rent is unfair have thirty days to say so.

                Related articles

                Why renters stay put for longer than anyone else

                Explainer: what is the reference rate?

                Disputing a rise: what to weigh

                For: it costs nothing to ask

                For: most cases end in a compromise

                Against: it can sour relations with the owner

                The board meets again in March.
                """,
                removed: [
                    "Related articles", "Why renters stay put for longer than anyone else",
                    "Explainer: what is the reference rate?",
                ]
            ),
            (
                // The list stops at a subhead shorter than its links: the
                // subhead and the article's fact list under it stay.
                document: """
                The co-operative bought 90 tonnes of fleece this spring, twice last year's amount.

                Related stories

                Orchard workers win back pay after two-year dispute

                Council votes to keep the rural bus route

                What the figures show

                Fleece sold through the co-operative: up 40 per cent

                Average price per bale: $310

                Growers say the shed will open again in October.
                """,
                removed: [
                    "Related stories", "Orchard workers win back pay after two-year dispute",
                    "Council votes to keep the rural bus route",
                ]
            ),
            (
                // A short quoted subhead under the list, above prose, stays.
                document: """
                The garden gnome was taken on Tuesday night, police said.

                RELATED

                Man jailed for stealing 40 bicycles from station racks

                Shoplifter caught after leaving phone on the counter

                'My nan cried'

                Victim Laura Penn, 29, said the gnome her late grandfather made was taken from her mother's garden.
                """,
                removed: [
                    "RELATED", "Man jailed for stealing 40 bicycles from station racks",
                    "Shoplifter caught after leaving phone on the counter",
                ]
            ),
            (
                // "More <sport>" with headlines under it.
                document: """
                The Mountaineers play the Pumas at home next Saturday.

                More rugby
                Wolves coach stands down after heavy defeat
                Round six wrap: every try, every score
                """,
                removed: [
                    "More rugby", "Wolves coach stands down after heavy defeat",
                    "Round six wrap: every try, every score",
                ]
            ),
            (
                // "More <Section>" with headlines under it is a link list.
                document: """
                Her final show will feature musicians who have played on the programme over the years.

                More Arts & Culture

                Symphony announces its autumn season
                An old cinema gets a second life
                """,
                removed: [
                    "More Arts & Culture", "Symphony announces its autumn season", "An old cinema gets a second life",
                ]
            ),
            (
                // A subhead and its list after a block of adjacent links
                // stay: a blank line ends the block.
                document: """
                The co-op opened a second bakery in the old fire station.

                Related coverage
                Rye prices climb for a third month
                Why the mill on Harrow Lane closed

                What changes for customers

                • Opening hours: 7am to 3pm, previously 8am to 2pm
                • Loaves ordered online are collected at the side door

                The co-op said the first week sold out by noon each day.
                """,
                removed: [
                    "Related coverage", "Rye prices climb for a third month", "Why the mill on Harrow Lane closed",
                ]
            ),
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
            ),
            (
                document: """
                The lock gates were replaced over the winter.

                More from the canal
                Narrowboat moorings to double by 2028
                Towpath reopens after landslip

                The minister visited the lock on Friday.

                More from the minister

                She promised a decision on dredging before the summer.
                """,
                removed: [
                    "More from the canal", "Narrowboat moorings to double by 2028", "Towpath reopens after landslip",
                ]
            ),
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
            ),
            (
                // Hyphenated words and list items that end alike are not site tags.
                document: """
                The club's coach gave runners a simple plan for race day.

                Pre-Race Snack

                A banana and a slice of toast, two hours before the start.

                Post-Race Snack

                Chocolate milk within half an hour of finishing.

                Round 3: 4 May – To be confirmed
                Round 4: 18 May – To be confirmed
                """,
                removed: []
            ),
        ],
        "photo-caption": [
            (
                document: """
                Work on the new quay wall began on Monday and is expected to last until October.

                Crane on the quay-Valley Herald-Lakeside
                A crane lifts a concrete block into place. (Ana Brisk/Valley Herald)

                The contractor said traffic on Quay Road would be reduced to one lane.
                """,
                removed: [
                    "Crane on the quay-Valley Herald-Lakeside",
                    "A crane lifts a concrete block into place. (Ana Brisk/Valley Herald)",
                ]
            ),
            (
                document: """
                The fishing fleet returned early on Thursday as the storm moved up the coast.

                Photo: Ines Vaal/Coast Post
                Boats tied up three deep along the inner harbour.

                Skippers said they expected to stay in port until Sunday.
                """,
                removed: ["Photo: Ines Vaal/Coast Post", "Boats tied up three deep along the inner harbour."]
            ),
        ],
        "advertisement": [
            (
                // The story goes on right under a sponsor's banner.
                document: """
                The under-16s won the county shield on penalties after a goalless final.
                Sponsored by Marlow Motors - your local dealer
                Nearly four hundred parents and pupils lined the touchline at Brook Road, many of them in the club's colours.
                """,
                removed: ["Sponsored by Marlow Motors - your local dealer"]
            ),
            (
                document: """
                Medical staff treated 42 runners, mostly for dehydration, the organisers said on Sunday evening.

                Sponsored content
                Corrin Sports: 20 percent off running shoes this week

                Next year's race is already scheduled for September 20, with entries opening in January.
                """,
                removed: ["Sponsored content", "Corrin Sports: 20 percent off running shoes this week"]
            ),
            (
                document: """
                The regatta drew 80 boats, the most since the club was founded in 1961.

                Promoted links
                Five towns where a sea view still costs less
                This gadget keeps your boat dry all winter

                Next year's regatta is planned for the last weekend of June.
                """,
                removed: [
                    "Promoted links", "Five towns where a sea view still costs less",
                    "This gadget keeps your boat dry all winter",
                ]
            ),
        ],
        "footer-tail": [
            (
                // Under the site's footer, a heading and its headlines in
                // the site's other language: no sentence among them, so
                // their length does not keep them.
                document: """
                The clinic now keeps vaccines in a solar-powered fridge, and the school plans evening lessons for adults.

                The head teacher said the village would hold a festival when the last homes are connected in June.

                Traders at the weekly market said they could now keep fish and fruit overnight, and two of them have bought freezers.

                © 2026 Meridian Press Limited. All rights reserved.

                Make you read dis ones too
                Na so water take reach our market after ten years
                Wetin you suppose know before you buy prepaid meter
                """,
                removed: [
                    "Make you read dis ones too", "Na so water take reach our market after ten years",
                    "Wetin you suppose know before you buy prepaid meter",
                ]
            ),
            (
                // The story's own list under a subhead, between a link list
                // and the share buttons, stays.
                document: """
                The co-op opened a second bakery in the old fire station on Saturday.

                See also
                Rye prices climb for a third month
                Why the mill on Harrow Lane closed

                Opening hours

                • Weekdays: 7am to 3pm, previously 8am to 2pm
                • Saturdays: 8am to noon, with loaves ordered online

                Share this article
                """,
                removed: []
            ),
            (
                // Short items stay when they hold figures; link labels do not.
                document: """
                The brewery's sales rose for a second year, helped by exports to Ireland and the Netherlands.

                Related:
                Hop growers warn of a poor harvest
                Why pub closures slowed this year

                In figures

                • Revenue: £48m
                • Staff: 310

                Share this article

                • Puzzles
                • Events
                """,
                removed: ["• Puzzles", "• Events"]
            ),
            (
                document: """
                The festival closes on Sunday with a concert on the quay, which organisers expect to draw several thousand people.

                More than 60 stalls selling books, prints and maps lined the harbour front on Saturday, and the mayor opened the fair with a reading from a local author's new novel about the town's fishing families.

                Organisers thanked the volunteers who made the weekend possible.

                Share this article

                Harbour Gazette: your town, your news.

                Closer to home. Every day.
                """,
                removed: ["Harbour Gazette: your town, your news.", "Closer to home. Every day."]
            ),
            (
                document: """
                The ferry will run every hour from Monday, and every half hour at weekends, the operator said on Friday.

                Tags: ferry, harbour

                Tickets go on sale next week.

                Share this article

                Quay Weekly: news from the water.
                """,
                removed: ["Quay Weekly: news from the water."]
            ),
        ],
        "foreign-footer": [
            (
                // An Irish footer under an English story: words both
                // languages use ("an", "in") speak for neither.
                document: """
                The summer college will reopen in July after a gap of six years, and forty students have already enrolled.

                Host families will be paid a weekly allowance, the committee said on Tuesday evening.

                The college first opened in 1911 and has been run by the same family of teachers for three generations, who say the demand from schools has never been higher.

                Coláiste samhraidh ag filleadh ar an mbaile
                Lean orainn ar Facebook agus X
                Íoslódáil aip an Nuacht saor in aisce ón App Store nó ó Google Play
                """,
                removed: [
                    "Coláiste samhraidh ag filleadh ar an mbaile", "Lean orainn ar Facebook agus X",
                    "Íoslódáil aip an Nuacht saor in aisce ón App Store nó ó Google Play",
                ]
            ),
            (
                // Three lines in another script, written as one block.
                document: """
                The state cricket board named a new selection panel on Monday, a week after the team's early exit from the tournament.

                The panel will meet for the first time in Jaipur next month, officials said.

                हमें फ़ॉलो करें: फ़ेसबुक | एक्स
                सर्वाधिकार सुरक्षित © 2026 समाचार
                गोपनीयता नीति | संपर्क करें
                """,
                removed: ["हमें फ़ॉलो करें: फ़ेसबुक | एक्स", "सर्वाधिकार सुरक्षित © 2026 समाचार", "गोपनीयता नीति | संपर्क करें"]
            ),
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
            ),
            (
                document: """
                Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nachdem die Debatte mehr als vier Stunden gedauert hatte.

                Die Opposition kritisierte vor allem die Kosten für die neue Brücke, die nach Angaben der Verwaltung im Herbst fertig sein soll.

                Der Bürgermeister sagte, die Stadt werde die Gebühren für die Müllabfuhr nicht erhöhen.

                The best of the region, every morning.
                Read the paper on your phone: download the app.
                """,
                removed: ["The best of the region, every morning.", "Read the paper on your phone: download the app."]
            ),
        ],
        "section-label": [
            (
                // A section above a badge above the headline: both go.
                document: """
                The Corrin Markets Daily

                STOCKS
                PREMIUM

                Streaming company cuts its content budget after subscriber growth slows

                The company said on Tuesday it would spend about $300 million less on new series this year.
                """,
                removed: ["STOCKS", "PREMIUM"]
            ),
            (
                // A label above the story's byline box, with no headline
                // between them (the title is elsewhere in the record).
                document: """
                The Corrin Gazette

                EDUCATION

                By Dana Whitlock
                March 19, 2026

                The school board voted on Monday night to cut music lessons from the autumn, closing six posts.
                """,
                removed: ["EDUCATION"]
            ),
            (
                document: """
                The Corrin Gazette

                Business

                Harbour brewery doubles output after winning export deal

                The Corrin brewery will double its output next year after signing a deal to sell its ales in Ireland, its owners said on Monday.
                """,
                removed: ["Business"]
            ),
            (
                // A text's first line is its title; a subhead has prose above.
                document: """
                Floods

                Rivers rose across the valley on Sunday, and dozens of homes were evacuated before dawn.

                What happens next

                Engineers will inspect the bridges on Monday before any road reopens
                """,
                removed: []
            ),
        ],
        "byline": [
            (
                // A correspondent's "From <Name>, <Place>"; a headline of the
                // same opening elsewhere stays.
                document: """
                Solar mini-grid lights up farming village

                From Ngozi Adebayo-Cole, Abeokuta

                A village outside Abeokuta has electricity for the first time after a solar mini-grid was switched on last week.

                From Lagos to London

                The same company is building grids in two other states, and it hopes to export the design next year.
                """,
                removed: ["From Ngozi Adebayo-Cole, Abeokuta"]
            ),
            (
                // Authors joined by the language's "and", with where they
                // wrote from; a newsroom after a bare name above its stamp.
                document: """
                Ônibus elétrico começa a circular no Distrito Federal

                Por Helena Duarte e Rui Matos, de Brasília

                O primeiro ônibus elétrico do Distrito Federal começou a circular nesta segunda-feira, com 40 passageiros.
                """,
                removed: ["Por Helena Duarte e Rui Matos, de Brasília"]
            ),
            (
                document: """
                Algae bloom closes the lake for swimming

                Nadia Brooks | KBRT News
                April 22, 2026, 6:10 AM

                State health officials are warning swimmers to stay out of the lake after tests found high levels of toxins.
                """,
                removed: ["Nadia Brooks | KBRT News"]
            ),
            (
                // A name with the town it was filed from, above its stamp;
                // the same shape under the stamp stays.
                document: """
                Night market traders ask for a roof before the monsoon

                TAN MEI LING, IPOH
                Tuesday, 9 Jul 2024 8:40 AM MYT

                Kinta Valley, Perak

                Traders at the Ipoh night market say the council promised a covered walkway two years ago.
                """,
                removed: ["TAN MEI LING, IPOH"]
            ),
            (
                // A bare foreign "by" is a byline in the page's header only.
                document: """
                Neue Brücke über die Lahn eröffnet

                Von Katrin Wessel

                Die neue Fußgängerbrücke in Lahnstein ist am Samstag nach zwei Jahren Bauzeit eröffnet worden.

                Von Bonn Nach Berlin

                Die Ausstellung zeigt die Geschichte des Umzugs der Regierung in den neunziger Jahren.
                """,
                removed: ["Von Katrin Wessel"]
            ),
            (
                // A bare name is a byline next to its removed date stamp;
                // the same shape elsewhere in the header stays.
                document: """
                Ferry fares to rise for the first time in a decade

                Maeve Dolan

                Tue 3 Mar 2026 - 09:40

                Island Voices

                Fares on the island ferry will rise by eight percent from April, the operator said on Monday.
                """,
                removed: ["Maeve Dolan"]
            ),
        ],
        "site-links": [
            (
                document: """
                The harbour board approved the dredging contract on Thursday after a two-hour meeting.

                Work is due to start in the spring and last about eight weeks.

                © 2026 Corrin Gazette

                Impressum
                Datenschutzerklärung
                Kontakt
                """,
                removed: ["Impressum", "Datenschutzerklärung", "Kontakt"]
            ),
            (
                document: """
                The harbour board approved the dredging contract on Thursday after a two-hour meeting.

                Work is due to start in the spring and last about eight weeks.

                Mentions légales | Politique de confidentialité | Gérer les cookies
                """,
                removed: ["Mentions légales | Politique de confidentialité | Gérer les cookies"]
            ),
            (
                document: """
                Aviso legal

                Privacidad

                The regulator published its ruling on Monday, a year after the complaint was filed.
                """,
                removed: ["Aviso legal", "Privacidad"]
            ),
            (
                document: """
                Der Landtag hat das neue Gesetz am Mittwoch mit großer Mehrheit beschlossen.

                Datenschutz

                Die Opposition kritisierte, dass die Behörden künftig mehr Daten speichern dürfen.

                Kontakt

                Bürger können sich ab März bei einer neuen Stelle im Ministerium melden.
                """,
                removed: []
            ),
            (
                document: """
                The council's new website went live on Monday.

                Contact us.

                Residents said the old forms had been hard to find.
                """,
                removed: []
            ),
        ],
        "noise-run": [
            (
                document: """
                The ferry company added a second boat on Monday, doubling the number of daily sailings.

                Share this article
                Facebook
                Messenger app
                Share on WhatsApp

                Passengers said the crossing took about 25 minutes.
                """,
                removed: ["Facebook", "Messenger app"]
            ),
            (
                document: """
                The ferry company added a second boat on Monday, doubling the number of daily sailings.

                Advertisement

                A second ferry

                Passengers said the crossing took about 25 minutes.
                """,
                removed: []
            ),
            (
                document: """
                The ferry company added a second boat on Monday, doubling the number of daily sailings.

                The old ferry at the quay in 1974. (Harbour Archive/Valley Herald)
                Morning sailing
                Evening sailing
                The new ferry on its first crossing. (Ana Brisk/Valley Herald)

                Passengers said the crossing took about 25 minutes.
                """,
                removed: []
            ),
        ],
    ]
}
