"""Commands that measure: eval (accuracy on benchmark data) and bench (speed)."""

from __future__ import annotations

import importlib
import json

import click

from eventwire.cli.settings import CONTEXT_SETTINGS
from eventwire.evaluate import BenchmarkDataMissing, shared_dir

# name -> (module, function, needs the shared benchmark folder). Dating runs on our own
# labelled set, which ships with the source checkout.
EVALUATIONS = {
    "extraction": ("eventwire.evaluate.extraction", "evaluate_extraction", True),
    "coding": ("eventwire.evaluate.coding", "evaluate_coding", True),
    "dating": ("eventwire.evaluate.dating", "evaluate_dating", False),
    "geoparse": ("eventwire.evaluate.geoparse", "evaluate_geoparse", True),
    "clustering": ("eventwire.evaluate.clustering", "evaluate_clustering", True),
    "metadata": ("eventwire.evaluate.metadata", "evaluate_metadata", True),
}


def run_evaluation(name: str) -> dict:
    """Run one named evaluation (against the shared benchmark folder where it needs one)."""
    module_name, function_name, needs_shared = EVALUATIONS[name]
    function = getattr(importlib.import_module(module_name), function_name)
    return function(shared_dir()) if needs_shared else function()


@click.command("eval", context_settings=CONTEXT_SETTINGS)
@click.argument("names", nargs=-1, type=click.Choice(sorted(EVALUATIONS)))
def evaluate(names: tuple[str, ...]) -> None:
    """Score eventwire on public benchmark data (../shared/eval or $EVENTWIRE_SHARED).

    With no NAME, runs every evaluation. Prints one JSON object per evaluation.
    """
    try:
        for name in names or sorted(EVALUATIONS):
            click.echo(json.dumps({"evaluation": name, **run_evaluation(name)}, ensure_ascii=False))
    except BenchmarkDataMissing as missing:
        raise click.ClickException(str(missing)) from missing


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--corpus-articles",
    default=100_000,
    show_default=True,
    help="Size of the synthetic stream for the stories+merging benchmark.",
)
@click.option("--quick", is_flag=True, help="Small sizes, for a smoke run.")
def bench(corpus_articles: int, quick: bool) -> None:
    """Measure speed: cleaning, analysis+coding, dates+places, stories+merging."""
    from eventwire.bench import run_benchmarks

    for result in run_benchmarks(corpus_articles=1_000 if quick else corpus_articles):
        click.echo(json.dumps(result, ensure_ascii=False))
