#!/usr/bin/env python3
"""Independent PyTorch Gemma 1/2/3 forward for scripts/gpu-check.sh.

Reads an HF-layout checkpoint (config.json + safetensors, parsed here so the
script needs only torch), runs the text model, and either
  logits  --model DIR --ids 2,10,20 [--compare FILE.json]
      prints max|Δ| against gemma-bench's `logits` JSON (float32 on the GPU,
      and through HF transformers too when it is installed), or
  bench   --model DIR -p 512 -n 128
      times prefill and greedy decode in bf16 on the GPU with a static KV
      cache, as a speed reference for the Go backends.
Written for gemma-bench from the HF modeling_gemma*.py semantics; no code
copied.
"""
import argparse, glob, json, math, os, struct, sys, time

import torch


def load_tensors(d, device, dtype):
    files = sorted(glob.glob(os.path.join(d, "*.safetensors")))
    out = {}
    for f in files:
        with open(f, "rb") as fh:
            n = struct.unpack("<Q", fh.read(8))[0]
            hdr = json.loads(fh.read(n))
            base = 8 + n
            raw = fh.read()
        for name, info in hdr.items():
            if name == "__metadata__":
                continue
            b, e = info["data_offsets"]
            dt = {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32}[info["dtype"]]
            t = torch.frombuffer(bytearray(raw[b:e]), dtype=dt).reshape(info["shape"])
            out[name] = t.to(device=device, dtype=dtype)
    return out


class Cfg:
    def __init__(self, d):
        c = json.load(open(os.path.join(d, "config.json")))
        if c["model_type"] == "gemma3":
            c = {**c, **c["text_config"]}
        self.mt = c["model_type"]
        self.fam = {"gemma": 1, "gemma2": 2, "gemma3_text": 3, "gemma3": 3}[self.mt]
        self.d = c["hidden_size"]; self.L = c["num_hidden_layers"]
        self.H = c["num_attention_heads"]; self.KV = c["num_key_value_heads"]
        self.hd = c.get("head_dim", 256); self.eps = c.get("rms_norm_eps", 1e-6)
        self.vocab = c["vocab_size"]
        self.qpas = self.hd if self.fam == 1 else c.get("query_pre_attn_scalar", 256)
        self.acap = c.get("attn_logit_softcapping") if self.fam >= 2 else None
        self.fcap = c.get("final_logit_softcapping") if self.fam >= 2 else None
        self.win = c.get("sliding_window") if self.fam >= 2 else None
        lt = c.get("layer_types")
        if lt is None:
            if self.fam == 2:
                lt = ["sliding_attention" if i % 2 == 0 else "full_attention" for i in range(self.L)]
            elif self.fam == 3:
                p = c.get("sliding_window_pattern", 6)
                lt = ["full_attention" if (i + 1) % p == 0 else "sliding_attention" for i in range(self.L)]
            else:
                lt = ["full_attention"] * self.L
        self.sliding = [t == "sliding_attention" for t in lt]
        self.theta = c.get("rope_theta", 10000.0)
        rs = c.get("rope_scaling") or {}
        self.scale = rs.get("factor", 1.0) if rs.get("rope_type", rs.get("type")) == "linear" else 1.0
        self.local_theta = c.get("rope_local_base_freq", self.theta) if self.fam == 3 else self.theta


def rms(x, w, eps):
    xf = x.float()
    y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)
    return (y * (1.0 + w.float())).to(x.dtype)


def rope(x, pos, theta, scale, hd):
    inv = 1.0 / (theta ** (torch.arange(0, hd, 2, device=x.device, dtype=torch.float64) / hd)) / scale
    ang = pos.double()[:, None] * inv[None, :]
    cos = torch.cat([ang.cos(), ang.cos()], -1).to(x.dtype)[:, None, :]
    sin = torch.cat([ang.sin(), ang.sin()], -1).to(x.dtype)[:, None, :]
    x1, x2 = x[..., : hd // 2], x[..., hd // 2:]
    return x * cos + torch.cat([-x2, x1], -1) * sin


class Model:
    def __init__(self, d, device, dtype):
        self.c = Cfg(d)
        self.w = load_tensors(d, device, dtype)
        self.device, self.dtype = device, dtype

    def new_cache(self, maxlen):
        c = self.c
        return [(torch.zeros(c.KV, maxlen, c.hd, device=self.device, dtype=self.dtype),
                 torch.zeros(c.KV, maxlen, c.hd, device=self.device, dtype=self.dtype)) for _ in range(c.L)]

    @torch.no_grad()
    def forward(self, ids, start, cache, all_logits):
        c, w = self.c, self.w
        T = ids.shape[0]
        pos = torch.arange(start, start + T, device=self.device)
        x = w["model.embed_tokens.weight"][ids] * torch.tensor(math.sqrt(c.d), dtype=self.dtype)
        for l in range(c.L):
            p = f"model.layers.{l}."
            h = rms(x, w[p + "input_layernorm.weight"], c.eps)
            q = (h @ w[p + "self_attn.q_proj.weight"].T).view(T, c.H, c.hd)
            k = (h @ w[p + "self_attn.k_proj.weight"].T).view(T, c.KV, c.hd)
            v = (h @ w[p + "self_attn.v_proj.weight"].T).view(T, c.KV, c.hd)
            if c.fam == 3:
                q = rms(q, w[p + "self_attn.q_norm.weight"], c.eps)
                k = rms(k, w[p + "self_attn.k_norm.weight"], c.eps)
            sl = c.sliding[l]
            th, sc = (c.local_theta, 1.0) if (sl and c.fam == 3) else (c.theta, c.scale)
            q, k = rope(q, pos, th, sc, c.hd), rope(k, pos, th, sc, c.hd)
            kc, vc = cache[l]
            kc[:, start:start + T] = k.transpose(0, 1)
            vc[:, start:start + T] = v.transpose(0, 1)
            n = start + T
            keys = kc[:, :n].repeat_interleave(c.H // c.KV, 0)
            vals = vc[:, :n].repeat_interleave(c.H // c.KV, 0)
            s = torch.einsum("thd,hnd->htn", q, keys).float() / math.sqrt(c.qpas)
            if c.acap:
                s = c.acap * torch.tanh(s / c.acap)
            j = torch.arange(n, device=self.device)[None, :]
            i = pos[:, None]
            mask = j <= i
            if sl and c.win:
                mask &= (i - j) < c.win
            s = s.masked_fill(~mask[None], float("-inf")).softmax(-1).to(self.dtype)
            a = torch.einsum("htn,hnd->thd", s, vals).reshape(T, c.H * c.hd)
            o = a @ w[p + "self_attn.o_proj.weight"].T
            if c.fam >= 2:
                o = rms(o, w[p + "post_attention_layernorm.weight"], c.eps)
            x = x + o
            pre = "post_attention_layernorm.weight" if c.fam == 1 else "pre_feedforward_layernorm.weight"
            h = rms(x, w[p + pre], c.eps)
            g = torch.nn.functional.gelu(h @ w[p + "mlp.gate_proj.weight"].T, approximate="tanh")
            m = (g * (h @ w[p + "mlp.up_proj.weight"].T)) @ w[p + "mlp.down_proj.weight"].T
            if c.fam >= 2:
                m = rms(m, w[p + "post_feedforward_layernorm.weight"], c.eps)
            x = x + m
        if not all_logits:
            x = x[-1:]
        x = rms(x, w["model.norm.weight"], c.eps)
        logits = (x @ w["model.embed_tokens.weight"].T).float()
        if c.fcap:
            logits = c.fcap * torch.tanh(logits / c.fcap)
        return logits


def cmd_logits(a):
    ids = [int(s) for s in a.ids.split(",")]
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    torch.backends.cuda.matmul.allow_tf32 = False
    m = Model(a.model, dev, torch.float32)
    ref = m.forward(torch.tensor(ids, device=dev), 0, m.new_cache(len(ids)), True).cpu().double()
    ours = torch.tensor(json.load(open(a.compare))["logits"], dtype=torch.float64)
    d = (ours - ref).abs().max().item()
    mx = ref.abs().max().item()
    top1 = (ours.argmax(-1) == ref.argmax(-1)).float().mean().item()
    line = f"{os.path.basename(a.model.rstrip('/')):24s} torch-f32 vs go: max|Δ| {d:.3g} (rel {d / mx:.2g}), top-1 agree {top1:.0%}"
    try:
        import transformers  # optional second opinion: the real HF code
        hf = transformers.AutoModelForCausalLM.from_pretrained(a.model, torch_dtype=torch.float32, attn_implementation="eager").to(dev)
        with torch.no_grad():
            hl = hf(torch.tensor([ids], device=dev)).logits[0].double().cpu()
        dh = (ours - hl).abs().max().item()
        line += f"; transformers {transformers.__version__} vs go: max|Δ| {dh:.3g} (rel {dh / mx:.2g})"
    except Exception as e:  # noqa: BLE001 - report, don't fail the table
        line += f"; transformers: n/a ({type(e).__name__})"
    print(line)


def cmd_bench(a):
    dev = "cuda"
    m = Model(a.model, dev, torch.bfloat16)
    c = m.c
    prompt = torch.tensor([2] + [(i * 7919 + 13) % c.vocab for i in range(1, a.p)], device=dev)
    cache = m.new_cache(max(a.p, a.n + 1))
    for _ in range(2):
        m.forward(prompt, 0, cache, False)
    torch.cuda.synchronize()
    ts = []
    for _ in range(a.r):
        t0 = time.perf_counter(); m.forward(prompt, 0, cache, False); torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
    pp = a.p / sorted(ts)[len(ts) // 2]
    tok = torch.tensor([2], device=dev)
    ts = []
    for _ in range(a.r):
        torch.cuda.synchronize(); t0 = time.perf_counter()
        t = tok
        for i in range(a.n):
            t = m.forward(t, i, cache, False).argmax(-1)
        torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
    tg = a.n / sorted(ts)[len(ts) // 2]
    print(f"{os.path.basename(a.model.rstrip('/')):24s} torch-eager-bf16 {torch.cuda.get_device_name()}: pp{a.p} {pp:.1f} tok/s, tg{a.n} {tg:.1f} tok/s (median of {a.r})")


def cmd_peak(a):
    """The roofs the cuda rows are measured against: device-to-device copy
    bandwidth (read + write bytes per second of a large copy) and the bf16
    GEMM peak (fp32 accumulation) of a square product."""
    dev = "cuda"
    n = 1 << 30  # 1 GiB each way
    src = torch.empty(n, dtype=torch.uint8, device=dev)
    dst = torch.empty_like(src)
    for _ in range(3):
        dst.copy_(src)
    torch.cuda.synchronize()
    ts = []
    for _ in range(10):
        t0 = time.perf_counter(); dst.copy_(src); torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
    bw = 2 * n / sorted(ts)[len(ts) // 2]
    m = 8192
    x = torch.randn(m, m, device=dev, dtype=torch.bfloat16)
    y = torch.randn(m, m, device=dev, dtype=torch.bfloat16)
    for _ in range(3):
        x @ y
    torch.cuda.synchronize()
    ts = []
    for _ in range(10):
        t0 = time.perf_counter(); x @ y; torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
    fl = 2 * m ** 3 / sorted(ts)[len(ts) // 2]
    print(f"{torch.cuda.get_device_name()}: device copy {bw / 1e9:.0f} GB/s (read+write), bf16 GEMM {fl / 1e12:.0f} TFLOP/s ({m}^3, torch {torch.__version__})")


def cmd_hfbench(a):
    """HF transformers eager, bf16, on the same safetensors: prefill of -p
    tokens (one forward) and greedy generate of -n tokens at batch -b."""
    import transformers
    dev = "cuda"
    hf = transformers.AutoModelForCausalLM.from_pretrained(a.model, torch_dtype=torch.bfloat16, attn_implementation="eager").to(dev)
    hf.eval()
    vocab = hf.config.vocab_size
    prompt = torch.tensor([[2] + [(i * 7919 + 13) % vocab for i in range(1, a.p)]], device=dev)
    with torch.no_grad():
        for _ in range(2):
            hf(prompt)
        torch.cuda.synchronize()
        ts = []
        for _ in range(a.r):
            t0 = time.perf_counter(); hf(prompt); torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
        pp = a.p / sorted(ts)[len(ts) // 2]
        line = f"{os.path.basename(a.model.rstrip('/')):24s} transformers-{transformers.__version__}-eager-bf16: pp{a.p} {pp:.1f} tok/s"
        for b in [int(x) for x in a.b.split(",")]:
            ids = torch.tensor([[2, 1000 + i]] * b, device=dev) if b > 1 else torch.tensor([[2, 1000]], device=dev)
            kw = dict(max_new_tokens=a.n, min_new_tokens=a.n, do_sample=False, pad_token_id=0)
            hf.generate(ids, **kw)
            torch.cuda.synchronize()
            ts = []
            for _ in range(a.r):
                t0 = time.perf_counter(); hf.generate(ids, **kw); torch.cuda.synchronize(); ts.append(time.perf_counter() - t0)
            line += f", tg{a.n}@b{b} {b * a.n / sorted(ts)[len(ts) // 2]:.1f} tok/s"
    print(line + f" (median of {a.r})")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    lg = sub.add_parser("logits"); lg.add_argument("--model", required=True); lg.add_argument("--ids", required=True); lg.add_argument("--compare", required=True)
    bn = sub.add_parser("bench"); bn.add_argument("--model", required=True); bn.add_argument("-p", type=int, default=512); bn.add_argument("-n", type=int, default=128); bn.add_argument("-r", type=int, default=3)
    sub.add_parser("peak")
    hb = sub.add_parser("hfbench"); hb.add_argument("--model", required=True); hb.add_argument("-p", type=int, default=512); hb.add_argument("-n", type=int, default=128); hb.add_argument("-b", default="1"); hb.add_argument("-r", type=int, default=3)
    a = ap.parse_args()
    {"logits": cmd_logits, "bench": cmd_bench, "peak": cmd_peak, "hfbench": cmd_hfbench}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
