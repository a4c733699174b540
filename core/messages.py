"""Messages for users that the Processing layer can translate, while core/ stays free of Qt.

``translate(CONTEXT, "template with {fields}").format(field=value)`` gives a :class:`Message`: a ``str`` holding
the English text (so ``str(error)``, logs and the command line read as before) that also carries its template
and fields. The plugin looks the template up in its translations and formats the translation with the fields.

The call is spelled as Qt's ``translate(context, text)`` so that pylupdate5 (``make translations-update``)
extracts the template. It reads only literal strings, which is why the context and the template are literals
at every call and the values come through ``.format`` with named fields, never through an f-string: the text
of an f-string is formatted before any lookup, so it would never match its translation.
"""
from typing import Any, Dict, Optional

CONTEXT = "GlacierMapperCore"  # the one context of every core message in i18n/*.ts


class Message(str):
    """English text that remembers the template and the fields it was formatted from."""

    template: str
    fields: Optional[Dict[str, Any]]  # None: the template is the text as it stands, nothing to format
    context: str

    def __new__(cls, text: str, template: str, fields: Optional[Dict[str, Any]],
                context: str = CONTEXT) -> "Message":
        message = super().__new__(cls, text)
        message.template, message.fields, message.context = template, fields, context
        return message

    def format(self, *args: Any, **fields: Any) -> "Message":
        """The template formatted with named fields, still carrying template and fields."""
        if args:  # a translation may reorder the fields: only names survive that
            raise TypeError("Message.format takes named fields only")
        if self.fields is not None:
            raise TypeError("this message is formatted already")
        return Message(self.template.format(**fields), self.template, dict(fields), self.context)

    def __reduce__(self) -> Any:  # pickled (to worker processes) with its template and fields
        return (Message, (str(self), self.template, self.fields, self.context))


def translate(context: str, template: str) -> Message:
    """Mark ``template`` for translation in ``context`` (always :data:`CONTEXT`); ``.format`` fills its fields."""
    if context != CONTEXT:
        raise ValueError(f"core messages use the context {CONTEXT!r}, not {context!r}")
    return Message(template, template, None, context)
