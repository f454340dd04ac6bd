"""Gravel & Cross Bulletin: women's racing and cyclocross (RSS 2.0). Original text."""

from __future__ import annotations

from demo import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        slug="brand-holds-off-pieterse-tabor",
        title="Brand holds off Pieterse to win the Tabor World Cup",
        author="Lieke Brouwer",
        published="2026-11-22T15:40:00Z",
        tags=("Cyclocross", "World Cup", "Race report"),
        summary=(
            "Lucinda Brand took her third World Cup win of the season in the Czech Republic,"
            " beating Puck Pieterse on a fast, frozen course."
        ),
        body="""
Lucinda Brand won the World Cup round in Tabor on Saturday, holding off a late charge from Puck
Pieterse on a frozen, technical course to take her third World Cup victory of the winter.

Overnight frost had turned the grass sections into an ice rink in the morning, and although the
sun softened the surface by the time the elite women started, the off-camber descents were still
treacherous. Several riders crashed on the first lap, including Zoe Bäckstedt, who lost more
than a minute.

Brand, 37, took the lead on the second lap and rode a smooth, careful race. Pieterse, racing
only her third cross of the season after a long mountain bike campaign, was more spectacular and
more error-prone. She crashed twice on the descent towards the pit area but fought back each
time.

## The final lap

Going into the last lap, the gap was six seconds. Pieterse closed it to two on the long climb,
but Brand was faster through the technical section in the woods and held on to win by four
seconds.

"I knew Puck would come on the last lap, she always does," Brand said. "I just tried not to make
any mistakes. On this course, one mistake and it's over."

Pieterse was pleased with her progress. "Three weeks ago I was still on the mountain bike. Today
I was fighting for the win. It's getting better every race."

## Alvarado third, Schreiber impressive

Ceylin del Carmen Alvarado took third after a lonely race, 31 seconds behind the winner, while
Marie Schreiber confirmed her strong start to the season with fourth. Sara Casasola was fifth,
and Inge van der Heijden sixth.

Bäckstedt recovered from her crash to finish ninth, and the British rider said she had been "too
nervous on the ice".

## Results

- 1. Lucinda Brand (Netherlands)
- 2. Puck Pieterse (Netherlands) at 0:04
- 3. Ceylin del Carmen Alvarado (Netherlands) at 0:31
- 4. Marie Schreiber (Luxembourg) at 0:45
- 5. Sara Casasola (Italy) at 0:58

Brand extends her lead in the World Cup standings. The next round is in Flamanville, on the
Normandy coast, in two weeks.
""",
    ),
    Article(
        slug="vollering-fdj-suez-defend-tour-crown",
        title="Vollering and FDJ-Suez build a climbing group to defend the Tour crown",
        author="Anaïs Lefèvre",
        published="2026-11-21T09:00:00Z",
        tags=("Women's racing", "FDJ-Suez", "Tour de France Femmes"),
        summary=(
            "The world champion will have Évita Muzic and Juliette Labous at her side again, and"
            " the French team has added depth for the high mountains."
        ),
        body="""
Demi Vollering will defend her Tour de France Femmes title with a stronger climbing team than
the one that helped her win it in August, FDJ-Suez confirmed this week.

The Dutch rider, who also became world champion in Montréal, said at a team gathering in the
south of France that she had asked for "one more climber, not one more sprinter", and the French
team listened. Two climbers join from rival teams, and Évita Muzic and Juliette Labous, both
top-ten finishers in Grand Tours, have extended their contracts.

"We won the Tour this year because the team was perfect in the last three days," Vollering said.
"But in the first week I was sometimes alone too early. Next year I want Évita and Juliette with
me in the last climb, not only the second-last."

## The rivalry with Ferrand-Prévot

Vollering's win in August came after a tense duel with Pauline Ferrand-Prévot of Visma-Lease a
Bike, who won the Tour in 2025. The decisive moment came on the penultimate stage in the Alps,
when Vollering attacked on the final climb and took 1 minute 12 seconds, enough to overturn a
24-second deficit.

"Pauline is a great champion and she will be even stronger next year, I'm sure," Vollering said.
"She races with a lot of heart. We push each other."

## The rainbow jersey

Racing in the world champion's jersey will be new for Vollering, who finished on the podium of
the world road race three times before winning in Canada. She plans a lighter spring in 2027,
skipping the cobbled Classics to focus on the Ardennes and the Tour.

"I don't need to race everything in the rainbow jersey. I want to race well in it."

## Muzic's ambitions

Muzic, for her part, will lead FDJ-Suez at the Giro d'Italia Women, where she finished fifth
this year. Vittoria Guazzini will again be the team's road captain in the Classics, while Labous
is expected to target the Tour de Suisse.

FDJ-Suez will present its 2027 team in Paris in January.
""",
    ),
    Article(
        slug="vos-extends-visma-one-more-season",
        title="Marianne Vos extends with Visma-Lease a Bike for 'one more season, maybe two'",
        author="Lieke Brouwer",
        published="2026-11-20T11:30:00Z",
        tags=("Women's racing", "Visma-Lease a Bike", "Transfers"),
        summary=(
            "At 39, the most decorated rider of her generation has signed on for 2027 and says"
            " she will decide about the Olympics in Los Angeles later."
        ),
        body="""
Marianne Vos will race on in 2027. The Dutch rider has signed a one-year extension with
Visma-Lease a Bike, the team announced on Thursday, and she left the door open to continuing
until the 2028 Olympic Games.

"One more season, maybe two," Vos said with a smile. "I always say I will stop when I don't
enjoy the training any more. I still love going out in the rain in January. That's a good sign,
I think."

Vos, who turns 40 in May, won eight races in 2026, including two stages of the Tour de France
Femmes and the overall classification of the Simac Ladies Tour. She wore the green jersey in the
Tour for five days before handing it to Lorena Wiebes.

## A mentor as much as a leader

Her role in the team has changed in recent years. With Pauline Ferrand-Prévot as the Tour leader
and Riejanne Markus a key domestique in the Classics, Vos is now as much a mentor as a leader.
Young riders on the team speak of her with something close to awe.

"Marianne knows every corner in every race," said Ferrand-Prévot. "In the Tour she talked to me
through every finale on the radio. It was like having a second sports director."

## The records

Vos has won more than 250 races on the road, three world road titles, eight cyclocross world
titles and two Olympic gold medals, on the road and on the track. She also won the first stage
of the first Tour de France Femmes in 2022 and wore the yellow jersey for six days.

Asked whether she could still win a Monument, she did not hesitate. "Of course. Gent-Wevelgem,
Flanders, Roubaix, I will start all of them with the idea of winning. If I didn't think that, I
wouldn't sign."

## Cross plans

Vos has ruled out a return to cyclocross this winter, but said she would ride a handful of races
in the Netherlands "for fun" in December. "Maybe I'll race against Lucinda Brand again. She
would beat me, but it would be nice."
""",
    ),
    Article(
        slug="schreiber-breaks-through-flamanville",
        title="Schreiber breaks through with a first World Cup win as Van Alphen shines",
        author="Anaïs Lefèvre",
        published="2026-11-16T16:20:00Z",
        tags=("Cyclocross", "World Cup", "Race report"),
        summary=(
            "The Luxembourger won her first elite World Cup race on a windswept, sandy course,"
            " with Aniek van Alphen second and Lucinda Brand third."
        ),
        body="""
Marie Schreiber won her first elite World Cup race on Sunday, riding away from Aniek van Alphen
on the final lap of a windswept course by the sea to give Luxembourg its first World Cup win in
the women's race.

The 23-year-old had been close all season, with three podiums in the opening weeks of the
winter, but on a course dominated by sand and a strong wind from the Atlantic she was simply the
strongest rider.

"I have been waiting for this for a long time," Schreiber said, still breathing hard. "So many
times second, third. Today I felt strong from the start, and in the sand I could make the
difference."

## How the race was won

A group of six formed on the first lap, with Schreiber, Van Alphen, Lucinda Brand, Ceylin del
Carmen Alvarado, Inge van der Heijden and Manon Bakker. The long beach section, where riders had
to choose between running and riding, gradually broke the group up. Bakker and Van der Heijden
were dropped on lap three, Alvarado one lap later.

Brand attacked with two laps to go, but Schreiber and Van Alphen followed. On the last lap
Schreiber rode the sand section while both of her rivals ran, and the gap was five seconds when
she came out. She held it to the line.

Van Alphen, who also rides on the road, finished second and said it was her best cross race in
two years. "I'm happy, really. Marie was stronger in the sand. I can't be disappointed."

Brand was third, 12 seconds behind, and kept the lead in the World Cup standings ahead of Puck
Pieterse, who did not start.

## Results

- 1. Marie Schreiber (Luxembourg)
- 2. Aniek van Alphen (Netherlands) at 0:05
- 3. Lucinda Brand (Netherlands) at 0:12
- 4. Ceylin del Carmen Alvarado (Netherlands) at 0:39
- 5. Inge van der Heijden (Netherlands) at 1:04

## Men's race: Nys again

In the men's race, Thibau Nys took his third World Cup win of the season, beating Niels
Vandeputte in a two-rider sprint after Michael Vanthourenhout punctured on the final lap.
Laurens Sweeck finished third.
""",
    ),
    Article(
        slug="kool-picnic-postnl-rebuild-lead-out",
        title="Kool and Picnic PostNL rebuild their lead-out to take on Wiebes",
        author="Lieke Brouwer",
        published="2026-11-18T08:50:00Z",
        tags=("Women's racing", "Picnic PostNL", "Sprinting"),
        summary=(
            "Charlotte Kool won nine times in 2026 but rarely beat Lorena Wiebes head-to-head. Her"
            " team thinks a new lead-out can change that."
        ),
        body="""
Charlotte Kool has a Lorena Wiebes problem. The Picnic PostNL sprinter won nine races in 2026,
more than most riders manage in a career, but in the sprints where both were present and the
finish was flat, Wiebes beat her eleven times out of thirteen.

"Lorena is the fastest in the world. I know it, everybody knows it," Kool said this week at her
team's first winter camp. "But I beat her twice this year, and both times my lead-out was
perfect. That's the lesson."

## A new train

Picnic PostNL have responded by rebuilding the sprint train around Kool. Rachele Barbieri, one
of the best lead-out riders in the women's peloton, stays as the last rider, and two powerful
rouleurs join from the track programme to control the last five kilometres.

"We were often too early or too late," said the team's sprint coach. "The riders were strong
enough. The timing was wrong. We will train the final kilometre every day at the camp, with
different scenarios, until it is automatic."

## Wiebes' dominance

Wiebes' record is extraordinary. The SD Worx-Protime rider won 24 races this year, her fourth
season with more than 20 wins. She has the best lead-out in the sport, with Barbara Guarischi
and Mischa Bredewold, and her raw speed is unmatched.

But rivals see signs that the gap can be closed. Elisa Balsamo of Lidl-Trek beat Wiebes on an
uphill finish at the Giro d'Italia Women, and Kool's two wins came in chaotic finales where SD
Worx-Protime lost control.

## The Tour is the target

Kool's main goal for 2027 is the green jersey at the Tour de France Femmes, which she has never
won.

"Green would be the biggest result of my career," she said. "It's not only sprinting, you have
to survive the mountains and take points in the intermediate sprints. I'm better at that than
people think."

She will start her season at the Tour Down Under in January and then ride the spring Classics in
Belgium, with Gent-Wevelgem and Scheldeprijs as her targets.
""",
    ),
    Article(
        slug="canyon-sram-climbing-future-niedermaier-bradbury",
        title="Niedermaier and Bradbury: Canyon//SRAM's climbing future",
        author="Anaïs Lefèvre",
        published="2026-11-17T13:15:00Z",
        tags=("Women's racing", "Canyon//SRAM", "Young riders"),
        summary=(
            "With Kasia Niewiadoma in her thirties, the German-registered team is preparing two"
            " young climbers for Grand Tour leadership."
        ),
        body="""
Antonia Niedermaier and Neve Bradbury are very different riders and very different people.
Niedermaier, a German who came to cycling from ski mountaineering, attacks on every climb.
Bradbury, a quiet Australian, prefers to sit on a wheel until the last kilometre. Canyon//SRAM
believe that between them they have the team's Grand Tour future.

Both had their best seasons in 2026. Bradbury won a mountain stage of the Tour de Suisse and
finished eighth at the Tour de France Femmes. Niedermaier won the young rider's classification
at the Giro d'Italia Women and finished in the top ten overall.

## Learning from Niewiadoma

The two riders have been sharing leadership duties with Kasia Niewiadoma, who won the Tour in
2024. Niewiadoma will remain the team's main leader for the Tour de France Femmes next year, but
Canyon//SRAM plan to give Niedermaier the leadership at the Giro.

"Kasia is the best teacher we could have," Niedermaier said. "She tells me when I attack too
much. I don't always listen."

Bradbury said she learned the most from Niewiadoma during the Tour. "She knows how to suffer
without panicking. On the Alpine stages she stayed with Demi Vollering and Pauline
Ferrand-Prévot for so long, even when she was at her limit. That is what I want to learn."

## Chloé Dygert's return

The team's other star, Chloé Dygert, won the world time trial title in Montréal and will focus
on the time trials and the track in 2027, with the Los Angeles Olympics on the horizon. Soraya
Paladin will continue as road captain.

## The plan for 2027

Niedermaier will start her season in Spain in February and build towards the Giro, while
Bradbury will race the Ardennes Classics before an altitude block and the Tour.

"We don't want to rush them," said the team's sports director. "But they are ready to lead.
Sometimes you have to give young riders responsibility before they ask for it."
""",
    ),
    Article(
        slug="pieterse-road-mtb-cross-balancing-act",
        title="Pieterse's balancing act: road, mountain bike and a short cross winter",
        author="Lieke Brouwer",
        published="2026-11-14T10:05:00Z",
        tags=("Cyclocross", "Mountain bike", "Women's racing"),
        summary=(
            "After winning the Flèche Wallonne Femmes and a mountain bike World Cup, Puck"
            " Pieterse explains how she plans to divide her time in 2027."
        ),
        body="""
Puck Pieterse's season does not really end. It changes shape. After winning the Flèche Wallonne
Femmes in April, racing a full mountain bike World Cup season and finishing fifth at the Tour de
France Femmes, the Dutch rider is now back in the mud for a short cyclocross winter.

"People ask when I rest. I rest in October," she said at a cross race in Belgium, laughing. "Two
weeks with no bike. That's my holiday."

## The three disciplines

Pieterse is one of a small group of riders, alongside Mathieu van der Poel and Tom Pidcock, who
compete at the highest level in three disciplines. She believes the skills are connected.

"Cross teaches you to handle the bike when you are at your limit. Mountain biking teaches you to
climb with high power for a long time. The road teaches you tactics and patience. I need all
three."

Her mountain bike season included a World Cup win in Les Gets and a silver medal at the world
championships in the cross-country race. On the road she wore the white jersey of best young
rider at the Tour for a week.

## The cross winter

This winter she will ride around twelve cyclocross races, including the world championships,
where she hopes to win a first elite title after a series of near misses. Lucinda Brand and
Ceylin del Carmen Alvarado are her main rivals, along with Marie Schreiber, whose recent results
have impressed her.

"Marie is riding really well. And Lucinda is 37 and still winning everything. It's crazy,
really. I hope I'm still that good at 37."

## Looking to Los Angeles

The long-term goal remains the 2028 Olympics. Pieterse has not decided whether she will race the
mountain bike event or the road race, or try both.

"The courses will decide. If the road race is hilly, maybe. But mountain bike is my first love.
I think the Olympic gold in mountain bike is the one I want most."

Her 2027 road programme will again include the Ardennes Classics and the Tour, with a focus on
stage wins rather than the overall classification.
""",
    ),
    Article(
        slug="merksplas-superprestige-nys-solo",
        title="Thibau Nys takes Merksplas after Vanthourenhout slips on the final climb",
        author="Lieke Brouwer",
        published="2026-11-23T18:10:00Z",
        tags=("Cyclocross", "Superprestige", "Race report"),
        summary=(
            "Thibau Nys won the Superprestige in Merksplas, 14 seconds ahead of Michael"
            " Vanthourenhout, on a course turned to deep mud by two days of rain."
        ),
        body="""
Thibau Nys won the Superprestige in Merksplas, 14 seconds ahead of Michael Vanthourenhout, on a
course turned to deep mud by two days of rain.

The two Belgians were alone together from halfway. Vanthourenhout ran the long sand section
faster every lap; Nys made it back each time on the slick descents. The race turned on the
wooded climb of the last lap, where Vanthourenhout lost his footing and Nys rode past.

Laurens Sweeck was third, 49 seconds down, after a crash on an off-camber had cost him his place
with the leaders. Joris Nieuwenhuis, fourth, lost a minute in the pit with a dropped chain.

"Merksplas is a race you suffer through," Nys said at the finish. "I didn't feel good, but
nobody does here. When Michael slipped I knew it was the moment, and I didn't look back until
the last corner."

## A course that kept changing

The organisers had moved the start an hour earlier to beat the worst of the weather, but the rain
came anyway. By the second lap the grass straights had turned into brown soup and most of the
field was changing bikes every half lap. The pit lane was busier than the finish straight.

Vanthourenhout, the European champion, was not unhappy with his afternoon. "I was the stronger
one on foot and he was the better one on the bike," he said. "On the last climb I put a foot
down, and against Thibau you cannot make one mistake like that. Second is still good."

## What it means for the series

Nys now leads the Superprestige by 12 points with three rounds left. The next round is in Boom
on 13 December, a faster course that suits him less, and Vanthourenhout said he would be there
with a plan. Sweeck, who has been on the podium in four of the last five rounds, is third in
the standings.

The younger riders had a good day too: Tibor del Grosso was fifth after a steady race, and Pim
Ronhaar recovered from a bad start to finish sixth, just ahead of Niels Vandeputte.
""",
    ),
)
