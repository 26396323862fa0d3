"""Commands about the classifier's model: train, eval, relabel, reprocess."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

import classifiers
from intake.cli.options import app_from, clients_option, json_option
from intake.cli.output import emit
from intake.errors import ClassifierError, InputError
from intake.ingest.reprocess import reprocess as reprocess_messages
from intake.store.labels import find_message, message_case
from intake.store.labels import relabel as relabel_message
from intake.store.regrouping import regroup_client

corpus_option = click.option(
    "--corpus",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A corpus folder (train/ of <label>/*.eml, heldout/ optional); default: the shipped one.",
)


@click.command()
@corpus_option
@click.option("--dry-run", is_flag=True, help="Say whether training is needed; write nothing.")
@click.pass_context
def train(ctx: click.Context, corpus: Path | None, dry_run: bool) -> None:
    """Train the model from the corpus plus people's corrections, if anything changed."""
    app = app_from(ctx)
    fixes = app.corrections()
    path = app.model_path
    try:
        previous = classifiers.load(path)
    except (classifiers.IncompatibleModelError, classifiers.CorruptModelError) as err:
        click.echo(f"Existing model unusable, retraining: {err}", err=True)
        previous = None
    started = time.perf_counter()
    try:
        model = classifiers.train(corpus, previous=previous, corrections=fixes)
    except classifiers.CorpusError as err:
        raise InputError(f"--corpus: {err}") from err
    except classifiers.ClassifierError as err:
        raise ClassifierError(f"training failed: {err}") from err
    if model is None:  # only when handed a previous model that is still up to date
        assert previous is not None
        click.echo(f"Model {previous.version} is up to date ({len(fixes)} correction(s)).")
        return
    if dry_run:
        click.echo(f"Would train a new model ({len(fixes)} correction(s)); nothing written.")
        return
    classifiers.save(model, path)
    took = time.perf_counter() - started
    click.echo(
        f"Trained model {model.version} on {model.n_examples} examples "
        f"({len(fixes)} correction(s)) in {took:.1f}s: {path}"
    )


@click.command("eval")
@corpus_option
@click.option(
    "--folds",
    default=5,
    show_default=True,
    type=click.IntRange(min=2),
    help="Folds of the secondary cross-validation over variants.",
)
@click.option(
    "--family-folds",
    default=20,
    show_default=True,
    type=click.IntRange(min=2),
    help="Most fits of leave-one-family-out; more families are dealt into this many.",
)
@click.option(
    "--threshold",
    "threshold_only",
    is_flag=True,
    help="Print only the recommended classifier.review_threshold.",
)
@json_option
@click.pass_context
def evaluate(
    ctx: click.Context,
    corpus: Path | None,
    folds: int,
    family_folds: int,
    threshold_only: bool,
    as_json: bool,
) -> None:
    """Leave-one-family-out scores (per label, per language), review threshold, then CV."""
    threshold = app_from(ctx).config.classifier.review_threshold
    shown = not as_json and sys.stderr.isatty()
    try:
        report = classifiers.evaluate(
            corpus,
            folds=folds,
            family_folds=family_folds,
            threshold=threshold,
            variants=not threshold_only,
            progress=_fold_done if shown else None,
        )
    except classifiers.CorpusError as err:
        raise InputError(f"--corpus: {err}") from err
    except classifiers.ClassifierError as err:
        raise ClassifierError(f"evaluation failed: {err}") from err
    finally:
        if shown:
            click.echo("\r\x1b[K", err=True, nl=False)
    if threshold_only:
        recommended = report.families.recommended.to_dict() if report.families else {}
        click.echo(json.dumps(recommended) if as_json else f"{recommended['threshold']:.2f}")
    elif as_json:
        emit(report.to_dict())
    else:
        click.echo(report.format())


def _fold_done(phase: str, done: int, total: int) -> None:
    """A progress line on the terminal: a fold is a model fit, seconds each."""
    click.echo(f"\reval: {phase}, fold {done} of {total}\x1b[K", err=True, nl=False)


@click.command()
@click.argument("message")
@click.argument(
    "label", type=click.Choice([label.value for label in classifiers.LABELS]), metavar="LABEL"
)
@click.pass_context
def relabel(ctx: click.Context, message: str, label: str) -> None:
    """Record a person's LABEL for MESSAGE (database id or Message-ID); used in training.

    \b
    LABEL is one of:
      suspension, resent, generic_denial, need_more_info,
      redirect_closed_queue, reinstatement, acknowledgement, other

    The client's cases are regrouped at once: a message relabelled from "other" to a
    notice leaves the "Other mail" case for a case of its own, or the case it belongs to.
    """
    app = app_from(ctx)
    with app.store.session() as session:
        pk = find_message(session, message)
        previous, client_id = relabel_message(session, pk, label)
        regroup_client(session, client_id)
        case_id = message_case(session, pk)
    change = f"{label} confirmed" if previous == label else f"{previous} -> {label}"
    click.echo(
        f"Message {pk}: {change}, in case {case_id} (joins the training data on next train)."
    )


@click.command()
@clients_option
@click.option("--dry-run", is_flag=True, help="Count what would change; write nothing.")
@click.pass_context
def reprocess(ctx: click.Context, clients: tuple[str, ...], dry_run: bool) -> None:
    """Re-classify stored messages from their raw bytes with the current model."""
    app = app_from(ctx)
    chosen = app.client_filter(clients) or (None,)
    checked = changed = keys = 0
    for client in chosen:
        result = reprocess_messages(app.store, app.classifier, client=client, dry_run=dry_run)
        checked, changed = checked + result.checked, changed + result.changed
        keys += result.keys_changed
    verb = "would change" if dry_run else "changed"
    click.echo(f"{checked} message(s) checked: {verb} {changed} label(s), {keys} resent key(s).")
