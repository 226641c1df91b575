// The standard gazetteer, kept as YAML text in the binary so krant never depends on finding a resource
// file at run time. Users extend it with files in the same format (`--actors FILE`).
let standardGazetteerYAML = """
# Organisations
- name: NAVO
  kind: organization
  forms: [NAVO, Navo, NATO, Noord-Atlantische Verdragsorganisatie]
- name: EU
  kind: organization
  forms: [EU, Europese Unie]
- name: VN
  kind: organization
  forms: [VN, Verenigde Naties]
- name: OVSE
  kind: organization
  forms: [OVSE, Organisatie voor Veiligheid en Samenwerking in Europa,
          Organisatie voor Vrede en Samenwerking in Europa]
- name: Europese Commissie
  kind: organization
  forms: [Europese Commissie]

# Countries
- name: Rusland
  kind: country
  adjectives: [Russisch, Russische]
  demonyms: [Russen, Rus]
  metonyms: [Moskou, Kremlin]
- name: Oekraïne
  kind: country
  forms: [Oekraine]
  adjectives: [Oekraïens, Oekraïense, Oekraïnse]
  demonyms: [Oekraïners, Oekraïeners]
  metonyms: [Kiev, Kyiv]
- name: VS
  kind: country
  forms: [Verenigde Staten, Amerika]
  adjectives: [Amerikaans, Amerikaanse]
  demonyms: [Amerikanen]
  metonyms: [Washington, Witte Huis]
- name: China
  kind: country
  adjectives: [Chinees, Chinese]
  metonyms: [Peking, Beijing]
- name: India
  kind: country
  adjectives: [Indiaas, Indiase]
  metonyms: [New Delhi]
- name: Turkije
  kind: country
  adjectives: [Turks, Turkse]
  metonyms: [Ankara]
- name: Zuid-Korea
  kind: country
  adjectives: [Zuid-Koreaans, Zuid-Koreaanse]
  metonyms: [Seoul]
- name: Noord-Korea
  kind: country
  adjectives: [Noord-Koreaans, Noord-Koreaanse]
  metonyms: [Pyongyang]
- name: Georgië
  kind: country
  forms: [Georgie]
  adjectives: [Georgisch, Georgische]
- name: Frankrijk
  kind: country
  adjectives: [Franse]
  metonyms: [Parijs]
- name: Duitsland
  kind: country
  adjectives: [Duits, Duitse]
  metonyms: [Berlijn]
- name: Finland
  kind: country
  adjectives: [Fins, Finse]
  metonyms: [Helsinki]
- name: Zweden
  kind: country
  adjectives: [Zweeds, Zweedse]
  metonyms: [Stockholm]
- name: Kazachstan
  kind: country
  adjectives: [Kazachs, Kazachse]
- name: Vietnam
  kind: country
  adjectives: [Vietnamees, Vietnamese]
- name: Wit-Rusland
  kind: country
  forms: [Belarus]
  adjectives: [Wit-Russisch, Wit-Russische]
- name: Nederland
  kind: country
  adjectives: [Nederlands, Nederlandse]
  metonyms: [Den Haag]
- name: Verenigd Koninkrijk
  kind: country
  forms: [VK, Groot-Brittannië]
  adjectives: [Brits, Britse]
  metonyms: [Londen]
- name: Polen
  kind: country
  adjectives: [Pools, Poolse]
  metonyms: [Warschau]
- name: Iran
  kind: country
  adjectives: [Iraans, Iraanse]
  metonyms: [Teheran]
- name: Japan
  kind: country
  adjectives: [Japans, Japanse]
  metonyms: [Tokio]

# People
- name: Poetin
  kind: person
  affiliation: Rusland
  forms: [Vladimir Poetin, Vladimir Vladimirovitsj Poetin]
- name: Stoltenberg
  kind: person
  affiliation: NAVO
  forms: [Jens Stoltenberg]
- name: Blinken
  kind: person
  affiliation: VS
  forms: [Antony Blinken]
- name: Lavrov
  kind: person
  affiliation: Rusland
  forms: [Sergej Lavrov]
- name: Borrell
  kind: person
  affiliation: EU
  forms: [Josep Borrell]
- name: Biden
  kind: person
  affiliation: VS
  forms: [Joe Biden]
- name: Xi Jinping
  kind: person
  affiliation: China
  forms: [Xi]
- name: Modi
  kind: person
  affiliation: India
  forms: [Narendra Modi]
- name: Erdogan
  kind: person
  affiliation: Turkije
  forms: [Recep Tayyip Erdogan, Erdoğan]
- name: Guterres
  kind: person
  affiliation: VN
  forms: [António Guterres]
- name: Wang Yi
  kind: person
  affiliation: China
- name: Merkel
  kind: person
  affiliation: Duitsland
  forms: [Angela Merkel]
- name: Lloyd Austin
  kind: person
  affiliation: VS
- name: Sanna Marin
  kind: person
  affiliation: Finland
- name: Ann Linde
  kind: person
  affiliation: Zweden
- name: Ben Knapen
  kind: person
  affiliation: Nederland
  forms: [Knapen]
- name: Zelensky
  kind: person
  affiliation: Oekraïne
  forms: [Zelenski, Zelenskyy, Volodymyr Zelensky, Volodymyr Zelenski]
- name: Macron
  kind: person
  affiliation: Frankrijk
  forms: [Emmanuel Macron]
- name: Scholz
  kind: person
  affiliation: Duitsland
  forms: [Olaf Scholz]
- name: Trump
  kind: person
  affiliation: VS
  forms: [Donald Trump]
- name: Rutte
  kind: person
  affiliation: Nederland
  forms: [Mark Rutte]

# Media
- name: BBC
  kind: media
- name: Kommersant
  kind: media
- name: Echo Moskvy
  kind: media
- name: Foreign Affairs
  kind: media
"""
