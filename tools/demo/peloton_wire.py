"""Peloton Wire: a large news publisher (RSS 2.0). All text is original to leadout-tui."""

from __future__ import annotations

from demo import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        slug="pogacar-uae-2027-giro-tour-double",
        title=(
            "Pogačar and UAE Team Emirates XRG put the Giro-Tour double back on the table for 2027"
        ),
        author="Hannah Verbeke",
        published="2026-11-23T07:45:00Z",
        tags=("UAE Team Emirates XRG", "Giro d'Italia", "Tour de France"),
        summary=(
            "At the team's first winter gathering in Abu Dhabi, the five-time Tour winner said he"
            " wants to return to the Giro d'Italia, with Isaac del Toro and João Almeida handed"
            " their own Grand Tour leadership."
        ),
        body="""
Tadej Pogačar will almost certainly ride the Giro d'Italia next May. Speaking at UAE Team
Emirates XRG's first gathering of the winter in Abu Dhabi on Sunday, the Slovenian said the
double he completed in 2024 "still feels like the most fun I have had on a bike" and that he and
the team had "more or less decided" to try again.

"Nothing is signed in blood, but the Giro is in my head," Pogačar told reporters after a short
ride along the Corniche. "I won the Tour in July and I don't need to prove anything in France.
That's exactly why I want to go back to Italy. When there is no pressure, I race better."

The plan would make 2027 one of the busiest seasons of his career. Pogačar, who equalled the
record of five Tour de France titles this summer, would again open his year in the Classics
before a short altitude block and the Giro start. Team principal Mauro Gianetti stressed that no
decision on the Tour had been taken, but the team's sports directors are already working on a
reduced spring.

## Del Toro and Almeida get their own targets

The bigger news for the team may be further down the roster. Isaac del Toro, second at the Giro
in 2025 and a winner of nine races in 2026, will lead at the Vuelta a España. João Almeida, who
won the Vuelta in September, is expected to captain the team at the Tour de Suisse and the
Critérium du Dauphiné before riding the Tour in support of Pogačar.

"João earned the right to pick his race, and he picked the Tour," said Gianetti. "Isaac is 22
and the Vuelta is the perfect place for him to carry the whole team for three weeks."

Adam Yates and Tim Wellens are likely to be part of the Giro group again, while Jhonatan
Narváez, whose contract runs until 2028, will have freedom in the cobbled Classics.

> "When there is no pressure, I race better." — Tadej Pogačar

## A warning from the rivals

The announcement will be studied closely at Visma-Lease a Bike and Red Bull-Bora-Hansgrohe.
Jonas Vingegaard won the Giro this year and has said he would like to defend the title, while
Remco Evenepoel has yet to reveal his programme after a first season at Red Bull that brought a
Tour podium and the world title in Montréal.

A head-to-head in Italy between Pogačar and Vingegaard would be the first meeting of the pair at
the Giro. UAE will confirm its full 2027 programme at its team presentation in January.
""",
    ),
    Article(
        slug="transfer-roundup-winter-deals",
        title="Transfer round-up: Skjelmose extends, Healy stays put and Onley's price tag",
        author="Tom Hargreaves",
        published="2026-11-22T09:10:00Z",
        tags=("Transfers", "Lidl-Trek", "EF Education-EasyPost"),
        summary=(
            "With most 2027 rosters complete, the last weeks of the window have been about"
            " extensions rather than moves. We go through the deals that matter."
        ),
        body="""
The transfer window never really closes in professional cycling, but by late November the big
moves are done and the announcements turn into something quieter: extensions, clarifications and
the occasional surprise. Here is where things stand.

## Skjelmose commits to Lidl-Trek until 2029

Mattias Skjelmose has signed a new three-year deal with Lidl-Trek, ending months of speculation
about a move. The Dane had been linked with two teams after a spring in which he won the Amstel
Gold Race for a second time, but he says the arrival of Juan Ayuso in 2026 made the project more
interesting, not less.

"People said Juan coming would push me out. It did the opposite," Skjelmose said. "We raced
Tirreno-Adriatico together and I felt like I had a teammate who could win the race if I didn't.
That makes you braver."

## Healy and EF Education-EasyPost agree on a long deal

Ben Healy, who spent six days in the yellow jersey at the 2026 Tour de France, has extended with
EF Education-EasyPost until the end of 2029. The Irishman was one of the most wanted riders on
the market after another season of long-range attacks, and the team confirmed that he will be
given a clear Grand Tour leadership role alongside Richard Carapaz.

## Onley and the cost of a climber

Oscar Onley's move from Picnic PostNL to Ineos Grenadiers at the end of 2025 came with a
reported buy-out, and the Scot's strong 2026, including fourth overall at the Vuelta, has made
his price the benchmark for young climbers. Agents say several teams are now trying to tie their
under-23 talents to contracts of four years or more.

## Smaller moves worth watching

- Groupama-FDJ have added two climbers from their development team and confirmed Romain Grégoire
  as their leader for the Ardennes.
- Bahrain Victorious will build their Giro team around Antonio Tiberi, with Santiago Buitrago
  targeting the Tour.
- Jayco AlUla have extended Luke Plapp, who won the Australian time trial title in January.
- Alpecin-Premier Tech have renewed Kaden Groves until 2028 after another Tour stage win in
  July.

The UCI registration deadline for WorldTeam rosters is 10 December. Expect at least one more
surprise before then.
""",
    ),
    Article(
        slug="evenepoel-interview-first-year-red-bull",
        title="Evenepoel: 'I learned I can lose a Tour and still sleep at night'",
        author="Hannah Verbeke",
        published="2026-11-21T06:30:00Z",
        tags=("Interview", "Red Bull-Bora-Hansgrohe"),
        summary=(
            "The world champion looks back on his first season at Red Bull-Bora-Hansgrohe, a Tour"
            " podium, the rainbow jersey in Montréal, and what he wants from 2027."
        ),
        body="""
Remco Evenepoel arrives at the hotel in Calpe wearing the rainbow jersey's training version and
a slightly embarrassed smile. "I promised myself I wouldn't wear it off the bike," he says.
"Then the team gave me ten of them."

The Belgian's first season with Red Bull-Bora-Hansgrohe ended in the best possible way, with a
solo win in the world road race in Montréal six days after he had taken silver in the time
trial. But the year was also defined by what happened in July, when he finished third in the
Tour de France behind Tadej Pogačar and Jonas Vingegaard.

"Before, a Tour like that would have eaten me," Evenepoel says. "I would have been angry for
weeks. This year I was disappointed for one evening. I learned that I can lose a Tour and still
sleep at night. That is new for me."

## A team built around him, and not only him

Red Bull signed Evenepoel to win the Tour, but the team also has Primož Roglič, Florian Lipowitz
and Giulio Pellizzari. Evenepoel insists the mix worked.

"Primož has forgotten more about Grand Tours than I know. In the first week he rode next to me
and told me where the wind would change, where I had to be in the front. Florian was incredible
in the mountains. Without him I lose the podium on the Col de la Loze."

Lipowitz finished seventh overall and is expected to lead at the Giro. Pellizzari, 23, won a
stage of the Vuelta and will likely ride the Tour with Evenepoel next year.

## The rainbow jersey and Montréal

On the Montréal circuit, Evenepoel attacked with 38 kilometres to go on the climb of Mont Royal
and held off a chase led by Pogačar's Slovenian team.

"It was the same feeling as Zürich in 2024 for Tadej, I think. You go and you don't look back.
When I saw the gap at one minute I knew nobody would organise. Everybody was watching Tadej."

> "Everybody was watching Tadej. That was my chance."

## What comes next

He will not race cyclocross and will start his season at the Volta ao Algarve. Asked whether he
will ride the Giro, he shakes his head. "The Tour is the race. I will be back and I will be
better in the third week. That's the only thing we worked on this winter."
""",
    ),
    Article(
        slug="season-review-vingegaard-giro",
        title="Season review: how Vingegaard won the Giro d'Italia, stage by stage",
        author="Luca Ferraro",
        published="2026-11-20T11:00:00Z",
        tags=("Giro d'Italia", "Season review", "Visma-Lease a Bike"),
        summary=(
            "From the Bulgarian start to the final time trial, Jonas Vingegaard's first Giro was a"
            " lesson in patience. We revisit the key days."
        ),
        body="""
Jonas Vingegaard had never ridden the Giro d'Italia before May. By the time the race finished in
Rome, the Dane had added the maglia rosa to his two Tour de France titles and become only the
second rider from Denmark to win the Italian race.

The victory looked inevitable in the final week, but it was built on a careful first ten days,
starting with the Grande Partenza in Bulgaria, where Visma-Lease a Bike kept their leader out of
trouble in crosswinds along the Black Sea coast.

## The first test: the gravel stage

The stage to Siena over the white roads was where the race first split. Giulio Ciccone of
Lidl-Trek attacked on the penultimate sector and only Vingegaard, Antonio Tiberi and Richard
Carapaz could follow. Ciccone won the sprint of the four and took the pink jersey; Vingegaard
lost nothing.

"That was the day I understood the Giro," Vingegaard said afterwards. "Everything can happen in
one kilometre here. You must always be in front."

## The Dolomites

The decisive stage came in the second week with the summit finish at Tre Cime di Lavaredo.
Matteo Jorgenson set a ferocious pace on the lower slopes and Sepp Kuss took over with five
kilometres remaining. Vingegaard's attack with three kilometres to go left Tiberi at 48 seconds
and Carapaz at more than a minute. Juan Ayuso, who had been third overall, cracked and lost four
minutes.

## Defending pink

From there Vingegaard was content to control. Bahrain Victorious threw everything at the stage
to Bormio, with Tiberi attacking twice on the Mortirolo, but Kuss and Jorgenson brought him back
each time. Giulio Pellizzari won the queen stage for Red Bull-Bora-Hansgrohe in front of a home
crowd and climbed to fourth overall.

The final time trial confirmed the order. Vingegaard won it by 14 seconds over Tiberi, and the
final margin was 2 minutes 31 seconds.

## Final classification

- 1. Jonas Vingegaard (Visma-Lease a Bike)
- 2. Antonio Tiberi (Bahrain Victorious) at 2:31
- 3. Richard Carapaz (EF Education-EasyPost) at 3:47
- 4. Giulio Pellizzari (Red Bull-Bora-Hansgrohe) at 4:12
- 5. Giulio Ciccone (Lidl-Trek) at 5:58

Tiberi's second place was the best Italian Giro result in years and earned him the leadership at
Bahrain for 2027.
""",
    ),
    Article(
        slug="van-der-poel-cyclocross-return-date",
        title="Van der Poel confirms December return to cyclocross with a short, sharp winter",
        author="Tom Hargreaves",
        published="2026-11-19T15:20:00Z",
        tags=("Cyclocross", "Alpecin-Premier Tech"),
        summary=(
            "The Dutchman will race eight times before the world championships, starting in"
            " Namur, as Wout van Aert keeps his own cross plans quiet."
        ),
        body="""
Mathieu van der Poel will make his cyclocross comeback at the World Cup in Namur in the middle
of December, Alpecin-Premier Tech confirmed on Thursday. The Dutchman plans eight races before
the world championships, a programme almost identical to the ones that brought him a string of
rainbow jerseys in recent winters.

"It's the same recipe because the recipe works," Van der Poel said in a video published by the
team. "I have had a good break after the road season. My back feels good, which is the most
important thing. In cross you can't hide anything, so I only start when I know I can fight for
the win."

The schedule avoids most of the Belgian mid-week races and includes the traditional Christmas
block, with Zolder, Mol and Loenhout. Van der Poel's final decision on the world championships,
which he has won more often than any other man in history, will be made in January.

## Van Aert keeps his cards close

At Visma-Lease a Bike, Wout van Aert has again chosen a limited winter and will announce his
races only shortly before each one. The Belgian, whose 2026 season was interrupted by a crash at
the Tour of Flanders, is focused on the spring Classics and has ruled out the world
championships.

That leaves the door open for the riders who have dominated the early season. Thibau Nys won
three of the first five big races of the winter and is leading the World Cup, while Michael
Vanthourenhout has been the most consistent rider in the Superprestige.

"It's better for the sport when Mathieu is here," Nys said after his win in Merksplas.
"Everybody wants to race against the best. But I also hope he comes a bit late."

## Philipsen stays on the road

Van der Poel's teammate Jasper Philipsen will not race cross this winter, and the team's road
programme for the pair will again start at the UAE Tour and Omloop Het Nieuwsblad respectively.
Alpecin-Premier Tech's 2027 team presentation is planned for 9 January in Belgium.
""",
    ),
    Article(
        slug="sd-worx-protime-2027-wiebes-kopecky",
        title="Wiebes, Kopecky and Van der Breggen: SD Worx-Protime's three-way plan for 2027",
        author="Femke Jansen",
        published="2026-11-17T08:05:00Z",
        tags=("Women's racing", "SD Worx-Protime"),
        summary=(
            "The Dutch team will split its leadership between its sprinter, its Classics queen and"
            " its returning champion, with the Tour de France Femmes the main target."
        ),
        body="""
SD Worx-Protime have spent a decade as the reference team of women's cycling, and their plan for
2027 suggests they have no intention of giving that up. At a media day in the Netherlands, the
team set out three clear leaders for three different parts of the season.

Lorena Wiebes will again be the focus in the sprints. The Dutchwoman won 24 races in 2026,
including Milano-Sanremo Donne, three stages of the Giro d'Italia Women and the European road
title, and the team has built its lead-out around Barbara Guarischi and Mischa Bredewold.

"I don't count the wins any more, my father does that," Wiebes said. "What I want is the green
jersey at the Tour again and a Classic I haven't won yet. Gent-Wevelgem is one I really want
back."

## Kopecky's spring

Lotte Kopecky, who won the Tour of Flanders for the third time in April, will again lead in the
Classics. The Belgian said she would reduce her track programme to focus on the road, but has
not ruled out a return at the European track championships.

"The spring is still my favourite period," Kopecky said. "Flanders is home, and winning there in
the rain this year was maybe the most emotional day of my career."

## Van der Breggen and the Tour

Anna van der Breggen, who returned to racing in 2025 after three years as a sports director, is
the team's choice for the Tour de France Femmes. She finished fourth this year, 2 minutes 10
seconds behind Demi Vollering, and said she believes she can be closer with a better build-up.

"I came back because I missed racing, not to sit in the peloton," Van der Breggen said. "I know
Demi and Pauline are stronger climbers on paper. But the Tour is eight days, and a lot can
happen."

> "I don't count the wins any more, my father does that." — Lorena Wiebes

The team confirmed that Kopecky and Van der Breggen will race together at the Ardennes Classics,
where SD Worx-Protime won only once in 2026. The first race of the season will again be the Tour
Down Under in Adelaide.
""",
    ),
    Article(
        slug="lidl-trek-camp-milan-pedersen-ayuso",
        title="Milan, Pedersen and Ayuso: inside Lidl-Trek's crowded winter camp",
        author="Luca Ferraro",
        published="2026-11-15T13:40:00Z",
        tags=("Lidl-Trek", "Training camp"),
        summary=(
            "Three leaders, one bus: the American team says its mix of sprint, Classics and"
            " Grand Tour ambitions is a strength, not a headache."
        ),
        body="""
Lidl-Trek's first camp of the winter in Dénia looked more like a small Grand Tour than a
get-together. More than forty riders and staff filled a hotel near the marina, and three of them
were asked almost every question: Jonathan Milan, Mads Pedersen and Juan Ayuso.

The team's challenge for 2027 is a good one to have. Milan won four Tour de France stages and
the green jersey in July. Pedersen won Paris-Roubaix for the first time in April. Ayuso, in his
first season after leaving UAE Team Emirates XRG, finished second at Tirreno-Adriatico and fifth
at the Vuelta a España.

"People ask if it's difficult to have three leaders," said general manager Luca Guercilena. "I'd
be more worried if we had none."

## Pedersen's Roubaix and the spring to come

Pedersen, the former world champion, said he had finally stopped thinking about the cobblestone
trophy after years of near misses. "I dreamed about Roubaix for ten years. Now it is on a shelf
in my garage, and I can race the spring with a clear head."

The Dane will again lead the team in the cobbled Classics, with Jasper Stuyven no longer in the
team and Toms Skujiņš taking a bigger role in the final. Milan is expected to ride
Milano-Sanremo and Gent-Wevelgem in support.

## Milan wants Sanremo

Milan, for his part, made no secret of his own ambitions in March. "Sanremo is a race for
sprinters who can climb a bit, and I have worked on that," the Italian said. "If I'm there on
the Via Roma with Mads, we'll have two cards."

## Ayuso's second year

Ayuso looked relaxed after a season that suggested he could lead a team in a Grand Tour. The
Spaniard, 24, will return to the Giro d'Italia after losing his podium place in the Dolomites
this year, with Giulio Ciccone and Mattias Skjelmose expected to be part of the group.

"The first year you learn how everyone works, how they talk," Ayuso said. "Now I know the team
and the team knows me. I want a Grand Tour podium, and I think the Giro suits me."

Lidl-Trek will present its 2027 kit and roster in Calpe on 12 January.
""",
    ),
)
