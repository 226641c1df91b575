"""Writes a part of krant's standard gazetteer: YAML inside a Swift raw string, which the package compiles in."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, '..', '..', '..', 'Sources', 'KrantCorpus', 'Actors', 'StandardGazetteer')


def write(part, prop, yaml_text):
    """part: 'countries'; prop: the Swift property, 'countries'; yaml_text: the YAML, ending in a newline."""
    assert '"""#' not in yaml_text
    name = ''.join(word.capitalize() for word in part.split('-'))
    swift = (f"// Data: the {part.replace('-', ' ')} of krant's standard gazetteer, as YAML (see data/gazetteer/README.md).\n"
             f'extension StandardGazetteer {{\n    static let {prop} = #"""\n{yaml_text}"""#\n}}\n')
    with open(os.path.join(TARGET, f'StandardGazetteer+{name}.swift'), 'w', encoding='utf-8') as fh:
        fh.write(swift)
