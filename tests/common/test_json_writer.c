/* Unit tests of the shared JSON writer: structure, escaping for HTML embedding, invalid UTF-8. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "json_writer.h"

/* Runs fn on a writer over a memory stream and returns what it wrote (caller frees). */
static char *render(void (*fn)(struct weft_json *), int pretty)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    struct weft_json j;
    weft_json_init(&j, f, pretty);
    fn(&j);
    assert_int_equal(weft_json_error(&j), 0);
    fclose(f);
    return buf;
}

static void nested(struct weft_json *j)
{
    weft_json_obj_begin(j);
    weft_json_key(j, "a");
    weft_json_int(j, -3);
    weft_json_key(j, "b");
    weft_json_arr_begin(j);
    weft_json_uint(j, 18446744073709551615ull);
    weft_json_bool(j, 1);
    weft_json_null(j);
    weft_json_obj_begin(j);
    weft_json_obj_end(j);
    weft_json_arr_end(j);
    weft_json_key(j, "c");
    weft_json_double(j, 0.5);
    weft_json_key(j, "d");
    weft_json_str(j, NULL);
    weft_json_obj_end(j);
}

static void test_structure(void **state)
{
    (void)state;
    char *out = render(nested, 0);
    assert_string_equal(out, "{\"a\":-3,\"b\":[18446744073709551615,true,null,{}],\"c\":0.5,\"d\":null}");
    free(out);
}

static void test_pretty_is_same_json(void **state)
{
    (void)state;
    char *out = render(nested, 1);
    /* Pretty output only adds whitespace outside strings. */
    char *squeezed = malloc(strlen(out) + 1), *w = squeezed;
    for (const char *r = out; *r; r++)
        if (*r != ' ' && *r != '\n')
            *w++ = *r;
    *w = '\0';
    assert_string_equal(squeezed, "{\"a\":-3,\"b\":[18446744073709551615,true,null,{}],\"c\":0.5,\"d\":null}");
    assert_non_null(strchr(out, '\n'));
    free(squeezed);
    free(out);
}

static void hostile(struct weft_json *j)
{
    weft_json_str(j, "</script><script>alert(\"1\")</script>\\\n\t\x01&");
}

static void test_escapes_for_html(void **state)
{
    (void)state;
    char *out = render(hostile, 0);
    assert_null(strchr(out, '<'));
    assert_null(strchr(out, '>'));
    assert_null(strchr(out, '&'));
    assert_string_equal(out, "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"1\\\")\\u003c/script\\u003e"
                             "\\\\\\n\\t\\u0001\\u0026\"");
    free(out);
}

static void bad_utf8(struct weft_json *j)
{
    /* valid "é" (2 bytes), a lone continuation byte, a truncated 3-byte sequence at the end */
    weft_json_str(j, "caf\xc3\xa9 \x80 x\xe2\x82");
}

static void test_invalid_utf8_becomes_replacement(void **state)
{
    (void)state;
    char *out = render(bad_utf8, 0);
    assert_string_equal(out, "\"caf\xc3\xa9 \\ufffd x\\ufffd\\ufffd\"");
    free(out);
}

static void write_error(struct weft_json *j)
{
    weft_json_str(j, "x");
}

static void test_write_error_is_reported(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        skip();
    setvbuf(f, NULL, _IONBF, 0);
    struct weft_json j;
    weft_json_init(&j, f, 0);
    write_error(&j);
    assert_true(weft_json_error(&j) < 0);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_pretty_is_same_json),
        cmocka_unit_test(test_escapes_for_html),
        cmocka_unit_test(test_invalid_utf8_becomes_replacement),
        cmocka_unit_test(test_write_error_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
