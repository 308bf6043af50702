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

/* Builds a function from a compact op list: each op is {kind, mode, a, b, c, line}. */
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
        o->kind = ops[i].kind;
        o->mode = ops[i].mode;
        o->a = ops[i].a ? ops[i].a : "";
        o->b = ops[i].b ? ops[i].b : "";
        o->c = ops[i].c ? ops[i].c : "";
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

static void test_roundtrip(void **state)
{
    (void)state;
    struct weft__facts f, g;
    memset(&f, 0, sizeof(f));
    memset(&g, 0, sizeof(g));
    make_program(&f);
    const char **d = WEFT__PUSH(f.deps, f.ndeps, f.capdeps);
    assert_non_null(d);
    *d = "/src/with\ttab.h";
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_int_equal(weft__facts_write(&f, m), 0);
    fclose(m);
    m = fmemopen(buf, len, "r");
    assert_int_equal(weft__facts_read(&g, m), 0);
    fclose(m);
    assert_string_equal(g.source, "/src/t.c");
    assert_int_equal(g.ndeps, 1);
    assert_string_equal(g.deps[0], "/src/with\ttab.h");
    assert_int_equal(g.nfns, 2);
    assert_int_equal(g.fns[0].nops, f.fns[0].nops);
    for (size_t i = 0; i < g.fns[1].nops; i++) {
        assert_int_equal(g.fns[1].ops[i].kind, f.fns[1].ops[i].kind);
        assert_string_equal(g.fns[1].ops[i].a, f.fns[1].ops[i].a);
        assert_string_equal(g.fns[1].ops[i].file, "/src/t.c");
        assert_int_equal(g.fns[1].ops[i].line, f.fns[1].ops[i].line);
    }
    free(buf);
    weft__facts_free(&f);
    weft__facts_free(&g);
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
        cmocka_unit_test(test_truncated_is_rejected),
        cmocka_unit_test(test_program_pass),
        cmocka_unit_test(test_unresolved_entry_is_incomplete),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
