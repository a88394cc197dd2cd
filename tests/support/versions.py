"""The version of a row as a screen would show it now (services that change a row take it back)."""


def shown(desk, model, row_id):
    return desk.read(lambda s: s.get(model, row_id).version)
