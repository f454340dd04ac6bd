"""Echelon Journal: long reads, full text in the feed's content:encoded. Original text."""

from __future__ import annotations

from demo import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        slug="five-tours-merckx-hinault-arithmetic-of-greatness",
        title="Five Tours: Pogačar, Merckx, Hinault and the arithmetic of greatness",
        author="James Whitcombe",
        published="2026-11-22T06:00:00Z",
        tags=("Analysis", "History", "Tour de France"),
        summary=(
            "Tadej Pogačar now shares the record for Tour de France wins. Comparing eras is a"
            " fool's game, so we played it anyway."
        ),
        body="""
When Tadej Pogačar rolled onto the Champs-Élysées in July with his fifth yellow jersey, he
joined a club that had not admitted a new member since 1995. Jacques Anquetil, Eddy Merckx,
Bernard Hinault and Miguel Induráin each won the Tour five times. Nobody has won it six.

Comparisons across eras are a fool's game. The equipment, the training, the nutrition, the depth
of the field, the length of the stages: all of it has changed beyond recognition. But greatness
in cycling has always been partly a matter of arithmetic, and the numbers are worth looking at.

## The Merckx standard

Merckx won 525 races as a professional, depending on who is counting, including 11 Grand Tours
and 19 Monuments. He won the Tour, the Giro and the world championship in the same year. Pogačar
did that in 2024, the first rider to do so since Stephen Roche in 1987, and the comparisons
began in earnest.

What separates Merckx even now is range. He won Milano-Sanremo seven times and Paris-Roubaix
three times. Pogačar has won every Monument except Roubaix, where he finished second in 2025,
and he has said he will keep coming back. If he wins on the velodrome one day, the conversation
will change again.

## Hinault, the patron

Hinault's five Tours came with a different kind of authority. The Breton ran the peloton,
decided when it would race and when it would strike, and once rode through a protest picket line
with his fists raised. His record in the Classics, with wins at Liège and Roubaix, suggests that
he, too, refused to specialise.

Pogačar's authority is gentler. He jokes with rivals, gives away stage wins only rarely, and
races as though he enjoys every minute. But his dominance over a season is arguably more
complete than Hinault's ever was.

## The super-team era

The modern context matters. Between 2012 and 2018, Team Sky won six Tours with three riders:
Bradley Wiggins, Chris Froome and Geraint Thomas. Their method was control: a train of
domestiques riding at a fixed power until the final climb. Then Jumbo-Visma took over the model
and improved it, winning the Tour with Jonas Vingegaard in 2022 and 2023 and all three Grand
Tours in 2023.

Deceuninck-Quick-Step, meanwhile, won more races than anyone for years with a different
philosophy: no single leader, many winners, and a culture they called the Wolfpack. It took
until Remco Evenepoel's arrival for that team to think seriously about the Tour.

Pogačar has beaten all of those models. UAE Team Emirates XRG is rich and deep, but his wins
have often come from attacks far from the finish, when the collective approach of the Sky years
would have waited.

## So where does he rank?

Merckx, for the breadth of his palmarès, remains the reference. But Pogačar is 28. If he keeps
his motivation, and his body cooperates, the question of whether he is the greatest rider of all
time may not stay open much longer.
""",
    ),
    Article(
        slug="season-review-tour-de-france-barcelona-paris",
        title="Season in review: the Tour de France, from Barcelona to Paris",
        author="Sophie Aldridge",
        published="2026-11-20T06:00:00Z",
        tags=("Season review", "Tour de France", "Race report"),
        summary=(
            "Ben Healy in yellow, Vingegaard's Alpine ambush and Pogačar's fifth title: the story"
            " of a Tour that was closer than the final margin suggests."
        ),
        body="""
The 2026 Tour de France started with a team time trial in Barcelona and ended three weeks later
with Tadej Pogačar in yellow in Paris for the fifth time. The final margin of 3 minutes 12
seconds over Jonas Vingegaard suggests a comfortable win. It was not.

## Week one: Healy's yellow week

UAE Team Emirates XRG won the team time trial on the Montjuïc circuit, but the first week
belonged to Ben Healy. The EF Education-EasyPost rider went clear in a breakaway on stage four
through the Pyrenean foothills, gained more than five minutes and took the yellow jersey. He
held it for six days, defending it on two hilly stages with a mix of stubbornness and fine
positioning.

"Every morning I woke up and thought, this is the last day," Healy said. "Then I'd still have it
in the evening."

## Week two: Vingegaard's ambush

The Tour turned in the Alps. On the stage to La Plagne, Visma-Lease a Bike sent Matteo Jorgenson
and Sepp Kuss up the road early, and Vingegaard attacked from 60 kilometres out on the Cormet de
Roselend. For a moment Pogačar was isolated and in trouble; he lost 41 seconds at the finish,
his worst day in a Tour since 2023.

Remco Evenepoel, in his first Tour for Red Bull-Bora-Hansgrohe, rode a strong time trial in
Saint-Étienne to move to second overall, a position he held until the final mountain stages.

## Week three: Pogačar answers

Pogačar's reply came on the Col de la Loze. He attacked with six kilometres to go, caught
Vingegaard's teammates one by one and finished 1 minute 37 seconds ahead of the Dane. The next
day, on the climb to Alpe d'Huez, he added another minute.

"After La Plagne I was angry at myself, not at Jonas," Pogačar said. "I made a mistake and I
wanted to fix it."

Evenepoel slipped to third, 5 minutes 20 seconds behind, with Florian Lipowitz seventh.

## The other jerseys

Jonathan Milan won the green jersey for Lidl-Trek with four stage wins. Lenny Martinez of
Bahrain Victorious took the polka-dot jersey after a fierce battle with Healy, and Oscar Onley
of Ineos Grenadiers was the best young rider.

## Final podium

- 1. Tadej Pogačar (UAE Team Emirates XRG)
- 2. Jonas Vingegaard (Visma-Lease a Bike) at 3:12
- 3. Remco Evenepoel (Red Bull-Bora-Hansgrohe) at 5:20

The Tour now heads to Edinburgh in 2027, with a route the organisers describe as the most open
in years.
""",
    ),
    Article(
        slug="season-review-montreal-worlds",
        title="Season in review: Montréal, rainbow jerseys and a week of surprises",
        author="James Whitcombe",
        published="2026-11-18T06:00:00Z",
        tags=("Season review", "World Championships"),
        summary=(
            "Remco Evenepoel and Demi Vollering won the road races, Joshua Tarling and Chloé"
            " Dygert the time trials. How the first Canadian Worlds since 1974 unfolded."
        ),
        body="""
The world championships returned to Montréal for the first time since 1974, when Eddy Merckx won
the road race on Mont Royal. Fifty-two years later, the same climb again decided the biggest
race of the week.

## Elite men: Evenepoel's long attack

Nobody expected Remco Evenepoel to go with 38 kilometres left. The Belgian had lost the time
trial to Joshua Tarling six days earlier and most observers thought he would wait for the final
lap. Instead, on the fourth-last ascent of the Côte Camillien-Houde, he accelerated and only
Mattias Skjelmose could follow for a few hundred metres.

Behind, the race froze. The Slovenian team rode for Tadej Pogačar, but Pogačar himself, racing
for a third straight title, seemed unwilling to chase alone with Mathieu van der Poel and Tom
Pidcock on his wheel. When he did attack on the final lap, Evenepoel was already out of reach.

Evenepoel won by 52 seconds. Pogačar took silver, outsprinting Van der Poel, with Ben Healy
fourth.

## Elite women: Vollering finally in rainbow

Demi Vollering had finished on the podium of the world road race three times without winning. In
Montréal she made no mistakes. Her Dutch teammates controlled the race perfectly until the final
lap, when she attacked on the Camillien-Houde with Kasia Niewiadoma and Elisa Longo Borghini.

In the last kilometre, Vollering launched her sprint from the front and neither rival could come
around. Niewiadoma took silver, Longo Borghini bronze, and Lotte Kopecky won the sprint for
fourth.

"I have dreamed of this jersey since I was a little girl," Vollering said. "Three times I was so
close. Today I didn't want to think, only race."

## The time trials

Tarling's win was the first rainbow jersey of his career, and he beat Evenepoel by nine seconds
on a course that rewarded raw power. Filippo Ganna was third. In the women's race Chloé Dygert
won her second elite title, seven years after her first, ahead of Marlen Reusser.

## The verdict

The Montréal Worlds will be remembered for a course that encouraged attacking racing and for
champions who dared. Next year the championships move to Haute-Savoie in France, on another
hilly circuit.
""",
    ),
    Article(
        slug="season-review-cobbled-classics",
        title="Season in review: the cobbled Classics, from Omloop to Roubaix",
        author="Sophie Aldridge",
        published="2026-11-16T06:00:00Z",
        tags=("Season review", "Classics"),
        summary=(
            "Mathieu van der Poel ruled Flanders, Mads Pedersen finally won Roubaix, and Lotte"
            " Kopecky and Pauline Ferrand-Prévot led a thrilling women's spring."
        ),
        body="""
If the spring Classics of 2026 had a single image, it was Mads Pedersen on his knees in the
middle of the Roubaix velodrome, his face covered in dust and tears. After a decade of near
misses, the Dane had finally won the Queen of the Classics.

## Van der Poel's Flanders

The weeks before had belonged, as usual, to Mathieu van der Poel. The Alpecin-Premier Tech
leader won the E3 Saxo Classic with a solo attack on the Taaienberg and then took his fourth
Tour of Flanders, dropping Pedersen and Tadej Pogačar on the final ascent of the Oude Kwaremont.

Wout van Aert, who had targeted Flanders all winter, crashed heavily in the feed zone before the
Molenberg and abandoned with a broken collarbone. His absence changed the balance of power;
Visma-Lease a Bike were left without a leader for the rest of the cobbled season.

## Pedersen's Roubaix

A week later, in dry and dusty conditions, Pedersen took his chance. Lidl-Trek put the race
under pressure from the Arenberg, and when Van der Poel punctured in the Mons-en-Pévèle sector,
Pedersen attacked with Jasper Philipsen and Jasper Stuyven. He dropped both on the Carrefour de
l'Arbre and rode alone into the velodrome.

"I have lost this race in every possible way," Pedersen said. "Today I didn't wait for anyone."

Philipsen took second, Stuyven third for Soudal Quick-Step, and Van der Poel recovered to finish
fifth.

## The women's spring

Lotte Kopecky won her third Tour of Flanders in the rain, attacking alone on the Paterberg, and
SD Worx-Protime also won Gent-Wevelgem with Lorena Wiebes. But the women's Roubaix belonged to
Pauline Ferrand-Prévot, who defended her 2025 title in a two-rider sprint against Elisa Balsamo
of Lidl-Trek.

## What it tells us about 2027

The cobbled Classics remain the territory of the specialists, despite Pogačar's presence. His
third place in Flanders was a reminder that he can win anywhere, but Van der Poel remains the
best rider on the cobbles, and Pedersen's victory showed that the hierarchy can be broken.

The next spring starts on 27 February with the Omloop Het Nieuwsblad, and Van Aert has already
circled it in red.
""",
    ),
    Article(
        slug="season-review-vuelta-monaco-madrid",
        title="Season in review: Almeida's Vuelta, from Monaco to Madrid",
        author="James Whitcombe",
        published="2026-11-15T06:00:00Z",
        tags=("Season review", "Vuelta a España", "Race report"),
        summary=(
            "João Almeida waited years for his Grand Tour. In September he won it with a"
            " performance built on consistency and a memorable day on the Angliru."
        ),
        body="""
João Almeida had finished in the top five of a Grand Tour six times before the Vuelta a España
started in Monaco at the end of August. Three weeks later, in Madrid, he finally stood on the
top step, the first Portuguese rider to win one of cycling's three biggest stage races.

## A start on the Riviera

The opening time trial in Monaco went to Filippo Ganna, but the general classification
favourites were separated by only seconds. Almeida was ten seconds behind Juan Ayuso of
Lidl-Trek and level with Tom Pidcock, who was making his Vuelta debut for Q36.5.

The first week in southern France and Catalonia was marked by crosswinds and a chaotic stage to
Andorra, where Sepp Kuss won from the breakaway for Visma-Lease a Bike, reminding everybody that
he had won this race in 2023.

## The Angliru

Almeida took the red jersey for good on the Angliru. With his teammate Pablo Torres setting the
pace on the lower slopes, the Portuguese rode his own tempo while Ayuso and Pidcock attacked.
Both blew up on the steepest ramps of the Cueña les Cabres, and Almeida passed them one after
the other.

"I don't attack like Tadej. I ride my speed, and if it is fast enough, the others come back,"
Almeida said. "On the Angliru it was fast enough."

Jai Hindley of Red Bull-Bora-Hansgrohe finished second on the stage and moved up to third
overall.

## Holding on

Oscar Onley gave Ineos Grenadiers something to smile about with a stage win at Valdepeñas de
Jaén, and Enric Mas was the best of the Spaniards in sixth. The final mountain stage to the Bola
del Mundo did not change the podium, and Almeida rode into Madrid with a margin of 1 minute 44
seconds.

## Final classification

- 1. João Almeida (UAE Team Emirates XRG)
- 2. Tom Pidcock (Q36.5 Pro Cycling Team) at 1:44
- 3. Jai Hindley (Red Bull-Bora-Hansgrohe) at 2:30
- 4. Oscar Onley (Ineos Grenadiers) at 3:02
- 5. Juan Ayuso (Lidl-Trek) at 3:51

Pidcock's second place was the best Grand Tour result of his career and the biggest success yet
for his Swiss team.
""",
    ),
    Article(
        slug="niewiadoma-interview-patience-long-road",
        title="Kasia Niewiadoma on patience, Canyon//SRAM and the long road to the top",
        author="Sophie Aldridge",
        published="2026-11-19T06:00:00Z",
        tags=("Interview", "Women's racing", "Canyon//SRAM"),
        summary=(
            "The 2024 Tour de France Femmes winner talks about a season of near misses, her"
            " young teammates and why she has never considered leaving her team."
        ),
        body="""
Kasia Niewiadoma has been a professional for more than a decade and has spent almost all of it
with the same team. That loyalty is rare in modern cycling, and it is the first thing we ask her
about when we meet in a quiet corner of a hotel lobby in Girona.

"People think I stay because I'm comfortable. It's the opposite," she says. "Canyon//SRAM keep
changing around me. New riders, new staff, new ideas. I never feel that I'm in the same team as
five years ago."

## A season of seconds

Her 2026 was a season of almost. Second at the world championships in Montréal, second at the
Flèche Wallonne Femmes, third overall at the Tour de France Femmes behind Demi Vollering and
Pauline Ferrand-Prévot.

"If you told me at 20 that I would have a season like this, I would be so happy," Niewiadoma
says. "At 32 you want to win more. But I also know how hard it is to be on the podium in every
big race. I won the Tour in 2024 by four seconds. That tells you how small the margins are."

> "At 32 you want to win more. But I know how small the margins are."

## The next generation

She is now one of the oldest riders on her team, and she talks with real warmth about the young
climbers around her. Neve Bradbury won a stage at the Tour de Suisse this year, and Antonia
Niedermaier finished in the top ten of the Giro d'Italia Women.

"Neve is so calm, she never gets stressed. Antonia is the opposite, she wants to attack every
climb. I try to give them the advice I wish I'd had. Mostly: eat more, and don't race every race
like it's the last."

## The rivals

On Vollering, Ferrand-Prévot and Elisa Longo Borghini, she is diplomatic but honest. "Demi is
the strongest climber right now. Pauline is the most complete. Elisa is the smartest. And I am
the one who always attacks. I think I'm the most fun to watch."

She laughs. Then, more seriously: "I still believe I can win the Tour again. I'm not racing for
podiums."

## What's next

Niewiadoma will start her season at the Setmana Ciclista Valenciana and ride the Ardennes
Classics before an altitude camp. Her contract with Canyon//SRAM runs until 2028, and she says
she would like to finish her career there.
""",
    ),
    Article(
        slug="season-review-ardennes-liege",
        title="Season in review: the Ardennes week and Pogačar's Liège hat-trick",
        author="James Whitcombe",
        published="2026-11-14T06:00:00Z",
        tags=("Season review", "Classics", "Race report"),
        summary=(
            "Skjelmose's Amstel, Healy's fearless Flèche and another Pogačar masterclass at"
            " Liège-Bastogne-Liège. Plus Vollering and Pieterse in the women's races."
        ),
        body="""
For eight days in April, the hills of Limburg and the Ardennes produced some of the best racing
of the season. The Ardennes Classics are often predictable in their outcome, if not in their
drama. This year they offered both.

## Amstel: Skjelmose again

Mattias Skjelmose won the Amstel Gold Race for the second time in two years, and again from a
small group. The Lidl-Trek rider followed an attack by Tom Pidcock on the Keutenberg and then
outsprinted him and Romain Grégoire in Berg en Terblijt. Tadej Pogačar, who was not racing,
watched on television from his altitude camp in Sierra Nevada.

"Last year people said it was luck. Now they can't," Skjelmose said.

## Flèche Wallonne: Healy's gamble

The Flèche is usually decided in the last 200 metres of the Mur de Huy. This time Ben Healy
attacked on the penultimate ascent, 35 kilometres from the finish, and was never seen again. The
EF Education-EasyPost rider held off a chase led by Soudal Quick-Step and won by 21 seconds,
with Kévin Vauquelin second.

## Liège: Pogačar's hat-trick

Pogačar returned for Liège-Bastogne-Liège looking for his third consecutive win, and got it in
the usual way. He attacked on La Redoute, 34 kilometres from Liège, and only Remco Evenepoel
could stay with him as far as the Roche-aux-Faucons. There, the Belgian cracked, and Pogačar
rode alone to the finish.

"I love this race, it is the oldest and the most beautiful," he said. "Remco was very strong. I
had to go twice."

Evenepoel finished second, with Giulio Ciccone winning the sprint for third.

## The women

In the women's races, Puck Pieterse showed the explosive power she usually saves for cyclocross
and mountain bike racing by winning the Flèche Wallonne Femmes. But Demi Vollering dominated
Liège-Bastogne-Liège Femmes, attacking on the Roche-aux-Faucons to win alone, 38 seconds ahead
of Kasia Niewiadoma.

Elisa Longo Borghini took third for UAE Team ADQ, her best result of the spring after an illness
in March.

The Ardennes remain the races where the Grand Tour riders and the Classics specialists meet on
equal terms, and 2026 showed why that mix makes them unmissable.
""",
    ),
)
