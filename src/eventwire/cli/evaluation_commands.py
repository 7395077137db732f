"""Commands that measure: eval (accuracy on benchmark data) and bench (speed)."""

from __future__ import annotations

import importlib
import json

import click

from eventwire.evaluate import BenchmarkDataMissing, shared_dir

# name -> (module, function); each function takes the shared folder and returns a dict.
EVALUATIONS = {
    "extraction": ("eventwire.evaluate.extraction", "evaluate_extraction"),
    "coding": ("eventwire.evaluate.coding", "evaluate_coding"),
    "dating": ("eventwire.evaluate.dating", "evaluate_dating_shared"),
    "geoparse": ("eventwire.evaluate.geoparse", "evaluate_geoparse"),
    "clustering": ("eventwire.evaluate.clustering", "evaluate_clustering"),
}


def run_evaluation(name: str) -> dict:
    """Run one named evaluation against the shared benchmark folder."""
    module_name, function_name = EVALUATIONS[name]
    function = getattr(importlib.import_module(module_name), function_name)
    return function(shared_dir())


@click.command("eval")
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


@click.command()
@click.option("--corpus-articles", default=100_000, show_default=True,
              help="Size of the synthetic stream for the stories+merging benchmark.")
@click.option("--quick", is_flag=True, help="Small sizes, for a smoke run.")
def bench(corpus_articles: int, quick: bool) -> None:
    """Measure speed: cleaning, analysis+coding, dates+places, stories+merging."""
    from eventwire.bench import run_benchmarks

    for result in run_benchmarks(corpus_articles=1_000 if quick else corpus_articles):
        click.echo(json.dumps(result, ensure_ascii=False))
