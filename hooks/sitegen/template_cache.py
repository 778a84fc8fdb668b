"""Compiled templates kept between builds: Jinja's bytecode cache, made safe to share.

Every language's build compiles the theme's templates and ours anew. Jinja can keep the compiled
code on disk and checks it against the template's source, but two things in that code come from the
environment, not the source, and differ between our builds:

- Constant folding: ``{{ 1 | local_number }}`` is worked out while compiling, with the filter of
  the language that compiled it (English digits, cached, then shown on Persian pages). The cache's
  environments compile without it: no optimizer, and output is never worked out in advance.
- How each filter and test is called (with the context or not): the cache is kept apart for every
  set of filter and test names and kinds.
"""

import hashlib
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.compiler import CodeGenerator
from jinja2.nodes import Impossible

from sitegen.build_cache import cache_unusable


class _UnfoldedCodeGenerator(CodeGenerator):
    """Jinja's code generator, but every expression in output is evaluated when rendering."""

    def _output_child_to_const(self, node, frame, finalize):
        raise Impossible()


class _TemplateCache(FileSystemBytecodeCache):
    def __init__(self, folder: Path, shape: str) -> None:
        super().__init__(str(folder))
        self._folder = folder
        self._shape = shape

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{self._shape}/{name}", filename)

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError as error:
            cache_unusable(self._folder, error)

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as error:
            cache_unusable(self._folder, error)


def use_template_cache(env: Environment, folder: Path) -> None:
    """Make ``env`` keep its compiled templates in ``folder`` and take them from there, if it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        cache_unusable(folder, error)
        return
    env.optimized = False
    env.code_generator_class = _UnfoldedCodeGenerator
    env.bytecode_cache = _TemplateCache(folder, _shape(env))


def _shape(env: Environment) -> str:
    """What compiled code takes from the environment besides the source: its filters' and tests' calls."""
    calls = [
        # Jinja marks functions called with the context, the eval context or the environment so.
        f"{kind}:{name}:{getattr(function, 'jinja_pass_arg', None)}"
        for kind, functions in (("filter", env.filters), ("test", env.tests))
        for name, function in sorted(functions.items())
    ]
    # Which templates escape what they print is decided when compiling, by name.
    calls.append(f"autoescape:{env.autoescape!r}")
    return hashlib.sha256("\n".join(calls).encode()).hexdigest()[:16]
