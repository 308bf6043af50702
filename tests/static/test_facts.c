/* Unit tests of the static checker without libclang: facts round-trip through the cache format, and the whole-program pass on hand-made facts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "facts.h"
#include "program.h"

/* Builds a function from a compact op list: each op is {kind, mode, a, b, c, line}, where a, b
 * and c are, by kind: access location, text, type key; lock key and text; create handle,
 * entry USR (mode 'f') or slot (mode 's') and entry text; join handle. */
struct spec {
    char kind, mode;
    const char *a, *b, *c;
    unsigned line;
};

static void add_fn(struct weft__facts *f, const char *usr, const char *name, const struct spec *ops, size_t n)
{
    assert_int_equal(weft__grow((void **)&f->fns, &f->capfns, f->nfns + 1, sizeof(*f->fns)), 0);
    struct weft__fn *fn = &f->fns[f->nfns++];
    *fn = (struct weft__fn){0};
    fn->usr = usr;
    fn->name = name;
    fn->file = "/src/t.c";
    fn->ops = weft__arena_alloc(&f->arena, n * sizeof(*fn->ops) + 1);
    assert_non_null(fn->ops);
    for (size_t i = 0; i < n; i++) {
        struct weft__op *o = &fn->ops[i];
        const char *a = ops[i].a ? ops[i].a : "", *b = ops[i].b ? ops[i].b : "", *c = ops[i].c ? ops[i].c : "";
        weft__op_init(o, ops[i].kind);
        switch (ops[i].kind) {
        case WEFT__OP_ACCESS:
            o->u.access.loc = a;
            o->u.access.text = b;
            o->u.access.tloc = c;
            o->u.access.mode = ops[i].mode;
            break;
        case WEFT__OP_LOCK:
        case WEFT__OP_UNLOCK:
            o->u.lock.key = a;
            o->u.lock.text = b;
            o->u.lock.shared = ops[i].mode == 'r';
            break;
        case WEFT__OP_CREATE:
            o->u.create.handle = a;
            o->u.create.entry = b;
            o->u.create.entry_text = c;
            o->u.create.by_slot = ops[i].mode == 's';
            break;
        case WEFT__OP_JOIN:
            o->u.join.handle = a;
            break;
        default:
            break;
        }
        o->file = "/src/t.c";
        o->line = ops[i].line;
        o->col = 5;
    }
    fn->nops = n;
}

/* worker: lock m; counter++ under m; unlock; hits++ unlocked. main: create worker twice. */
static void make_program(struct weft__facts *f)
{
    static const struct spec worker[] = {
        {'L', 'w', "g:c:@m", "m", NULL, 10},   {'A', 'u', "g:c:@counter", "counter", "t:int", 11},
        {'U', 0, "g:c:@m", NULL, NULL, 12},    {'A', 'u', "g:c:@hits", "hits", "t:int", 13},
        {'R', 0, NULL, NULL, NULL, 14},
    };
    static const struct spec mainf[] = {
        {'A', 'w', "g:c:@hits", "hits", "t:int", 20},
        {'T', 'f', "g:c:@a", "c:@F@worker", "worker", 21},
        {'T', 'f', "g:c:@b", "c:@F@worker", "worker", 22},
        {'J', 0, "g:c:@a", NULL, NULL, 23},
        {'J', 0, "g:c:@b", NULL, NULL, 24},
        {'A', 'r', "g:c:@hits", "hits", "t:int", 25},
    };
    f->source = "/src/t.c";
    add_fn(f, "c:@F@worker", "worker", worker, sizeof(worker) / sizeof(worker[0]));
    add_fn(f, "c:@F@main", "main", mainf, sizeof(mainf) / sizeof(mainf[0]));
}

/* Writes facts and reads them back into g. */
static void roundtrip(const struct weft__facts *f, struct weft__facts *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    assert_int_equal(weft__facts_write(f, m), 0);
    fclose(m);
    m = fmemopen(buf, len, "r");
    memset(g, 0, sizeof(*g));
    assert_int_equal(weft__facts_read(g, m), 0);
    fclose(m);
    free(buf);
}

static void test_roundtrip(void **state)
{
    (void)state;
    struct weft__facts f, g;
    memset(&f, 0, sizeof(f));
    make_program(&f);
    const char **d = WEFT__PUSH(f.deps, f.ndeps, f.capdeps);
    assert_non_null(d);
    *d = "/src/with\ttab.h";
    roundtrip(&f, &g);
    assert_string_equal(g.source, "/src/t.c");
    assert_int_equal(g.ndeps, 1);
    assert_string_equal(g.deps[0], "/src/with\ttab.h");
    assert_int_equal(g.nfns, 2);
    for (size_t k = 0; k < 2; k++) {
        assert_int_equal(g.fns[k].nops, f.fns[k].nops);
        for (size_t i = 0; i < g.fns[k].nops; i++)
            assert_true(weft__op_equal(&g.fns[k].ops[i], &f.fns[k].ops[i]));
    }
    weft__facts_free(&f);
    weft__facts_free(&g);
}

/* Odd strings (tabs, newlines, backslashes, "=") and extreme numbers. */
static const char *const odd[] = {"", "g:c:@x", "a\tb", "line\nbreak", "back\\slash", "=", "\\t", "t:struct s *"};
#define NODD (sizeof(odd) / sizeof(odd[0]))
/* An op's file is an absolute path or "" (markers): the codec's "=" (same as the last) cannot be one. */
static const char *const files[] = {"", "/src/a.c", "/src/with\ttab.h", "/src/new\nline.c", "/src/back\\slash.h"};

static void fill_guard(struct weft__guard *g, unsigned r)
{
    g->kind = (signed char)(r % 3);
    g->param = (signed char)(r % 5) - 1;
    g->lock_array = odd[r % NODD];
    g->array = odd[(r / 3) % NODD];
}

/* One op of every kind with every field set to a value that differs from op to op. */
static void fill_op(struct weft__op *o, char kind, unsigned r, struct weft__arena *A)
{
    static const long nums[] = {0, 1, -1, 3, 2147483647L, -2147483647L - 1, 9223372036854775807L, -42};
    const long N = nums[r % 8];
    weft__op_init(o, kind);
    o->line = r * 7 + 1;
    o->col = r % 80;
    o->file = files[(r + 1) % (sizeof(files) / sizeof(files[0]))];
    switch (kind) {
    case WEFT__OP_ACCESS: {
        struct weft__access *a = &o->u.access;
        a->loc = odd[r % NODD];
        a->text = odd[(r + 2) % NODD];
        a->tloc = odd[(r + 3) % NODD];
        a->mode = "rwux"[r % 4];
        a->atomic = (unsigned char)(r % 3); /* 2: a sync API's own use */
        a->suppressed = (r >> 1) & 1;
        a->own_target = (r >> 2) & 1;
        a->varying = (r / 3) & 1;
        a->vol = (r / 5) & 1;
        a->tls = (r / 7) & 1;
        a->index_kind = (signed char)(r % 3);
        a->owner = (signed char)(r % 3) - 1;
        a->owner_param = (signed char)(r % 4);
        a->index = N;
        fill_guard(&a->guard, r);
        a->value.op = "\0=+-"[r % 4];
        a->value.bounded = (r >> 3) & 1;
        a->value.value = -N;
        a->root = odd[(r + 4) % NODD];
        a->ukey = odd[(r + 5) % NODD];
        break;
    }
    case WEFT__OP_LOCK:
    case WEFT__OP_UNLOCK:
        o->u.lock.key = odd[r % NODD];
        o->u.lock.text = odd[(r + 5) % NODD];
        o->u.lock.shared = r & 1;
        break;
    case WEFT__OP_CALL:
        o->u.call.usr = odd[r % NODD];
        o->u.call.name = odd[(r + 1) % NODD];
        o->u.call.nargs = (int)(r % 5);
        o->u.call.count = N;
        o->u.call.arg = weft__args_new(A, o->u.call.nargs);
        for (int i = 0; i < o->u.call.nargs; i++) {
            o->u.call.arg[i].key = odd[(r + (unsigned)i) % NODD];
            o->u.call.arg[i].owner = (signed char)((r + (unsigned)i) % 3);
            o->u.call.arg[i].param = (signed char)i;
            fill_guard(&o->u.call.arg[i].guard, r + (unsigned)i);
        }
        break;
    case WEFT__OP_ICALL:
        o->u.icall.slot = odd[r % NODD];
        o->u.icall.text = odd[(r + 6) % NODD];
        break;
    case WEFT__OP_CREATE:
        o->u.create.handle = odd[r % NODD];
        o->u.create.ix = (struct weft__hindex){(signed char)((r + 1) % 3), -N, N};
        o->u.create.entry = odd[(r + 1) % NODD];
        o->u.create.entry_text = odd[(r + 2) % NODD];
        o->u.create.arg = odd[(r + 3) % NODD];
        o->u.create.by_slot = r & 1;
        o->u.create.in_loop = (r >> 1) & 1;
        o->u.create.distinct = (r >> 2) & 1;
        break;
    case WEFT__OP_JOIN:
        o->u.join.handle = odd[(r + 2) % NODD];
        o->u.join.ix = (struct weft__hindex){(signed char)(r % 3), N, -N};
        break;
    case WEFT__OP_IF:
        o->u.cond.kind = (signed char)(r % 4);
        o->u.cond.negated = r & 1;
        o->u.cond.cmp = (signed char)(r % 6);
        o->u.cond.value = N;
        o->u.cond.key = odd[r % NODD];
        break;
    case WEFT__OP_SWITCH: {
        int n = (int)(r % 4);
        long *cases = weft__arena_alloc(A, (size_t)n * sizeof(*cases) + 1);
        unsigned char *known = weft__arena_alloc(A, (size_t)n + 1);
        assert_non_null(cases);
        assert_non_null(known);
        for (int i = 0; i < n; i++) {
            cases[i] = nums[(r + (unsigned)i) % 8];
            known[i] = (r + (unsigned)i) & 1;
        }
        o->u.sw.jmp = odd[r % NODD];
        o->u.sw.ncases = n;
        o->u.sw.cases = cases;
        o->u.sw.known = known;
        break;
    }
    case WEFT__OP_CASE:
        o->u.label.is_default = r & 1;
        o->u.label.known = (r >> 1) & 1;
        o->u.label.value = N;
        break;
    default:
        break;
    }
}

/* Every op kind, every field, odd strings: what is read back equals what was written, op
 * for op and field for field; so do the facts outside functions. */
static void test_roundtrip_every_field(void **state)
{
    (void)state;
    static const char kinds[] = "ALUCITJBENPQRWKX";
    static const char fact_kinds[] = "FS&sti^~g";
    struct weft__facts f, g;
    memset(&f, 0, sizeof(f));
    f.source = "/src/every.c";
    struct weft__fn *fn = WEFT__PUSH(f.fns, f.nfns, f.capfns);
    assert_non_null(fn);
    *fn = (struct weft__fn){.usr = "c:@F@every", .name = "every", .file = "/src/every.c", .line = 3};
    size_t n = 0, cap = 16 * 24;
    fn->ops = weft__arena_alloc(&f.arena, cap * sizeof(*fn->ops));
    assert_non_null(fn->ops);
    for (unsigned r = 0; r < 24; r++)
        for (const char *k = kinds; *k; k++)
            fill_op(&fn->ops[n++], *k, r + 24 * (unsigned)(k - kinds), &f.arena); /* r's low bits vary per kind */
    fn->nops = n;
    for (unsigned r = 0; r < 2 * sizeof(fact_kinds); r++) {
        struct weft__fact *b = WEFT__PUSH(f.binds, f.nbinds, f.capbinds);
        assert_non_null(b);
        *b = (struct weft__fact){fact_kinds[r % (sizeof(fact_kinds) - 1)], (char)(r & 1), -(long)r * 1000,
                                 odd[r % NODD], odd[(r + 3) % NODD]};
    }
    roundtrip(&f, &g);
    assert_int_equal(g.nfns, 1);
    assert_int_equal(g.fns[0].nops, n);
    for (size_t i = 0; i < n; i++) {
        if (!weft__op_equal(&g.fns[0].ops[i], &f.fns[0].ops[i]))
            fail_msg("op %zu (kind %c) differs after the round trip", i, f.fns[0].ops[i].kind);
    }
    assert_int_equal(g.nbinds, f.nbinds);
    for (size_t i = 0; i < f.nbinds; i++) {
        assert_int_equal(g.binds[i].kind, f.binds[i].kind);
        assert_int_equal(g.binds[i].known, f.binds[i].known);
        assert_int_equal(g.binds[i].value, f.binds[i].value);
        assert_string_equal(g.binds[i].slot, f.binds[i].slot);
        assert_string_equal(g.binds[i].target, f.binds[i].target);
    }
    weft__facts_free(&f);
    weft__facts_free(&g);
}

/* weft__op_equal itself: one field changed is a different op (else the test above proves nothing). */
static void test_op_equal_sees_each_field(void **state)
{
    (void)state;
    struct weft__arena A = {0};
    struct weft__op a, b;
    fill_op(&a, WEFT__OP_ACCESS, 5, &A);
    b = a;
    assert_true(weft__op_equal(&a, &b));
    b.u.access.suppressed ^= 1;
    assert_false(weft__op_equal(&a, &b));
    b = a;
    b.u.access.guard.array = "other";
    assert_false(weft__op_equal(&a, &b));
    b = a;
    b.u.access.value.value++;
    assert_false(weft__op_equal(&a, &b));
    fill_op(&a, WEFT__OP_CALL, 9, &A); /* 4 arguments */
    assert_int_equal(a.u.call.nargs, 4);
    b = a;
    struct weft__arg args[4];
    memcpy(args, a.u.call.arg, sizeof(args));
    b.u.call.arg = args;
    assert_true(weft__op_equal(&a, &b));
    args[3].owner = (signed char)(args[3].owner ^ 1);
    assert_false(weft__op_equal(&a, &b));
    fill_op(&a, WEFT__OP_SWITCH, 3, &A);
    b = a;
    long other[3] = {a.u.sw.cases[0], a.u.sw.cases[1], a.u.sw.cases[2] + 1};
    b.u.sw.cases = other;
    assert_false(weft__op_equal(&a, &b));
    weft__arena_free(&A);
}

/* A line of another version's format (an op with a field too many or too few) is rejected. */
static void test_bad_op_line_is_rejected(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "S\t/s.c\nF\t1\tu\tf\t/s.c\nO\tJ\t1\t1\t/s.c\th\textra\nZ\n",
        "S\t/s.c\nF\t1\tu\tf\t/s.c\nO\tL\t1\t1\t/s.c\tk\nZ\n",
        "S\t/s.c\nF\t1\tu\tf\t/s.c\nO\tL\t1\t1\t/s.c\tk\tt\tyes\nZ\n",
        "S\t/s.c\nF\t1\tu\tf\t/s.c\nO\t?\t1\t1\t/s.c\nZ\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct weft__facts g;
        memset(&g, 0, sizeof(g));
        FILE *m = fmemopen((void *)bad[i], strlen(bad[i]), "r");
        assert_int_not_equal(weft__facts_read(&g, m), 0);
        fclose(m);
        weft__facts_free(&g);
    }
}

static void test_truncated_is_rejected(void **state)
{
    (void)state;
    struct weft__facts g;
    memset(&g, 0, sizeof(g));
    const char text[] = "S\t/src/t.c\nF\t1\tc:@F@main\tmain\t/src/t.c\n"; /* no end marker */
    FILE *m = fmemopen((void *)text, sizeof(text) - 1, "r");
    assert_int_not_equal(weft__facts_read(&g, m), 0);
    fclose(m);
    weft__facts_free(&g);
}

static void test_program_pass(void **state)
{
    (void)state;
    struct weft__facts f;
    memset(&f, 0, sizeof(f));
    make_program(&f);
    struct weft__facts *all[] = {&f};
    struct weft__arena A = {0};
    struct weft_check_result r;
    memset(&r, 0, sizeof(r));
    assert_int_equal(weft__program_analyze(all, 1, NULL, &A, &r), 0);
    assert_true(r.complete);
    /* counter is always under m; hits races between the two workers (main's accesses are ordered). */
    assert_int_equal(r.nfindings, 1);
    assert_string_equal(r.findings[0].variable, "hits");
    assert_int_equal(r.findings[0].line, 13);
    for (size_t i = 0; i < r.findings[0].naccesses; i++) {
        assert_string_equal(r.findings[0].accesses[i].thread, "worker");
        assert_int_equal(r.findings[0].accesses[i].nlocks, 0);
    }
    weft__arena_free(&A);
    weft__facts_free(&f);
}

static void test_unresolved_entry_is_incomplete(void **state)
{
    (void)state;
    struct weft__facts f;
    memset(&f, 0, sizeof(f));
    static const struct spec mainf[] = {{'T', 's', "g:c:@t", "l:c:@F@main#fp", "fp", 3}};
    add_fn(&f, "c:@F@main", "main", mainf, 1);
    struct weft__facts *all[] = {&f};
    struct weft__arena A = {0};
    struct weft_check_result r;
    memset(&r, 0, sizeof(r));
    assert_int_equal(weft__program_analyze(all, 1, NULL, &A, &r), 0);
    assert_false(r.complete);
    assert_int_equal(r.nincomplete, 1);
    assert_non_null(strstr(r.incomplete[0], "'fp'"));
    weft__arena_free(&A);
    weft__facts_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_roundtrip_every_field),
        cmocka_unit_test(test_op_equal_sees_each_field),
        cmocka_unit_test(test_bad_op_line_is_rejected),
        cmocka_unit_test(test_truncated_is_rejected),
        cmocka_unit_test(test_program_pass),
        cmocka_unit_test(test_unresolved_entry_is_incomplete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
