/* weft check's SARIF 2.1.0 output, shaped for GitHub code scanning (relative URIs under %SRCROOT%, fingerprints). */
#include "check_report.h"
#include "json_writer.h"

#include <stdio.h>
#include <string.h>

/* A URI reference for a path: percent-encodes what RFC 3986 does not allow in a path. */
static void uri(struct weft_json *j, const char *prefix, const char *path)
{
    char buf[8192];
    size_t o = (size_t)snprintf(buf, sizeof(buf), "%s", prefix);
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < sizeof(buf); p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("/-._~+,;=@:", *p))
            buf[o++] = (char)*p;
        else
            o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%%%02X", *p);
    }
    buf[o] = '\0';
    weft_json_str(j, buf);
}

static void phys(struct weft_json *j, const char *file, unsigned line, unsigned col, const char *base)
{
    const char *rel = weft_check_relpath(file, base);
    weft_json_key(j, "physicalLocation");
    weft_json_obj_begin(j);
    weft_json_key(j, "artifactLocation");
    weft_json_obj_begin(j);
    weft_json_key(j, "uri");
    if (rel != file || file[0] != '/') {
        uri(j, "", rel);
        weft_json_key(j, "uriBaseId");
        weft_json_str(j, "%SRCROOT%");
    } else {
        uri(j, "file://", file);
    }
    weft_json_obj_end(j);
    weft_json_key(j, "region");
    weft_json_obj_begin(j);
    weft_json_key(j, "startLine");
    weft_json_uint(j, line ? line : 1);
    weft_json_key(j, "startColumn");
    weft_json_uint(j, col ? col : 1);
    weft_json_obj_end(j);
    weft_json_obj_end(j);
}

static void text(struct weft_json *j, const char *key, const char *s)
{
    weft_json_key(j, key);
    weft_json_obj_begin(j);
    weft_json_key(j, "text");
    weft_json_str(j, s);
    weft_json_obj_end(j);
}

int weft_check_write_sarif(FILE *f, const struct weft_check_result *r, const char *base, const char *version)
{
    struct weft_json j;
    weft_json_init(&j, f, 1);
    weft_json_obj_begin(&j);
    weft_json_key(&j, "$schema");
    weft_json_str(&j, "https://json.schemastore.org/sarif-2.1.0.json");
    weft_json_key(&j, "version");
    weft_json_str(&j, "2.1.0");
    weft_json_key(&j, "runs");
    weft_json_arr_begin(&j);
    weft_json_obj_begin(&j);

    weft_json_key(&j, "tool");
    weft_json_obj_begin(&j);
    weft_json_key(&j, "driver");
    weft_json_obj_begin(&j);
    weft_json_key(&j, "name");
    weft_json_str(&j, "weft check");
    weft_json_key(&j, "version");
    weft_json_str(&j, version);
    weft_json_key(&j, "semanticVersion");
    weft_json_str(&j, version);
    weft_json_key(&j, "informationUri");
    weft_json_str(&j, WEFT_CHECK_INFO_URI);
    weft_json_key(&j, "rules");
    weft_json_arr_begin(&j);
    weft_json_obj_begin(&j);
    weft_json_key(&j, "id");
    weft_json_str(&j, "weft-race");
    weft_json_key(&j, "name");
    weft_json_str(&j, "DataRace");
    text(&j, "shortDescription", "Data race on shared state");
    text(&j, "fullDescription", "Two accesses to the same shared location can run in different threads at the same "
                                "time, at least one writes, and no common lock or thread ordering separates them.");
    weft_json_key(&j, "help");
    weft_json_obj_begin(&j);
    weft_json_key(&j, "text");
    weft_json_str(&j, "Protect both accesses with the same lock, make the object _Atomic, or order the threads "
                      "(create/join). Suppress a reviewed access with '// weft-check: ignore race' on its line.");
    weft_json_obj_end(&j);
    weft_json_key(&j, "defaultConfiguration");
    weft_json_obj_begin(&j);
    weft_json_key(&j, "level");
    weft_json_str(&j, "warning");
    weft_json_obj_end(&j);
    weft_json_key(&j, "properties");
    weft_json_obj_begin(&j);
    weft_json_key(&j, "tags");
    weft_json_arr_begin(&j);
    weft_json_str(&j, "concurrency");
    weft_json_str(&j, "correctness");
    weft_json_arr_end(&j);
    weft_json_key(&j, "precision");
    weft_json_str(&j, "medium");
    weft_json_key(&j, "problem.severity");
    weft_json_str(&j, "warning");
    weft_json_obj_end(&j);
    weft_json_obj_end(&j);
    weft_json_arr_end(&j);
    weft_json_obj_end(&j);
    weft_json_obj_end(&j);

    if (base) {
        weft_json_key(&j, "originalUriBaseIds");
        weft_json_obj_begin(&j);
        weft_json_key(&j, "%SRCROOT%");
        weft_json_obj_begin(&j);
        weft_json_key(&j, "uri");
        char b[4200];
        snprintf(b, sizeof(b), "%s/", base);
        uri(&j, "file://", b);
        weft_json_obj_end(&j);
        weft_json_obj_end(&j);
    }

    weft_json_key(&j, "invocations");
    weft_json_arr_begin(&j);
    weft_json_obj_begin(&j);
    weft_json_key(&j, "executionSuccessful");
    weft_json_bool(&j, r->errors == 0);
    weft_json_key(&j, "toolExecutionNotifications");
    weft_json_arr_begin(&j);
    for (size_t i = 0; i < r->ndiagnostics; i++) {
        weft_json_obj_begin(&j);
        weft_json_key(&j, "level");
        weft_json_str(&j, "error");
        text(&j, "message", r->diagnostics[i]);
        weft_json_obj_end(&j);
    }
    for (size_t i = 0; i < r->nincomplete; i++) {
        weft_json_obj_begin(&j);
        weft_json_key(&j, "level");
        weft_json_str(&j, "note");
        text(&j, "message", r->incomplete[i]);
        weft_json_obj_end(&j);
    }
    if (r->hidden_by_type) {
        char m[200];
        weft_check_hidden_line(m, sizeof(m), r->hidden_by_type);
        weft_json_obj_begin(&j);
        weft_json_key(&j, "level");
        weft_json_str(&j, "note");
        text(&j, "message", m);
        weft_json_obj_end(&j);
    }
    weft_json_arr_end(&j);
    weft_json_obj_end(&j);
    weft_json_arr_end(&j);

    weft_json_key(&j, "results");
    weft_json_arr_begin(&j);
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct weft_check_finding *x = &r->findings[i];
        weft_json_obj_begin(&j);
        weft_json_key(&j, "ruleId");
        weft_json_str(&j, x->rule);
        weft_json_key(&j, "ruleIndex");
        weft_json_int(&j, 0);
        weft_json_key(&j, "level");
        weft_json_str(&j, x->definite ? "error" : x->by_type ? "note" : "warning");
        if (x->definite) {
            text(&j, "message", x->message);
        } else {
            char m[1200];
            snprintf(m, sizeof(m), "%s (not certain: %s)", x->message, x->reason);
            text(&j, "message", m);
        }
        weft_json_key(&j, "locations");
        weft_json_arr_begin(&j);
        weft_json_obj_begin(&j);
        phys(&j, x->file, x->line, x->col, base);
        weft_json_obj_end(&j);
        weft_json_arr_end(&j);
        weft_json_key(&j, "relatedLocations");
        weft_json_arr_begin(&j);
        for (size_t k = 0; k < weft_check_listed(x); k++) {
            const struct weft_check_access *a = &x->accesses[k];
            weft_json_obj_begin(&j);
            weft_json_key(&j, "id");
            weft_json_uint(&j, k);
            phys(&j, a->file, a->line, a->col, base);
            char m[1536], via[1024];
            weft_check_path_words(via, sizeof(via), a, base);
            int n = snprintf(m, sizeof(m), "%s%s of '%s' in thread '%s'%s, ", a->atomic ? "atomic " : "", a->kind,
                             a->text, a->thread, via);
            if (!a->nlocks)
                snprintf(m + n, sizeof(m) - (size_t)n, "no lock held");
            for (size_t l = 0; l < a->nlocks && n > 0 && (size_t)n < sizeof(m); l++)
                n += snprintf(m + n, sizeof(m) - (size_t)n, "%s'%s'", l ? ", " : "holding ", a->locks[l]);
            text(&j, "message", m);
            weft_json_obj_end(&j);
        }
        weft_json_arr_end(&j);
        weft_json_key(&j, "partialFingerprints");
        weft_json_obj_begin(&j);
        weft_json_key(&j, "weftRace/v1");
        weft_json_str(&j, x->id);
        weft_json_obj_end(&j);
        weft_json_obj_end(&j);
    }
    weft_json_arr_end(&j);
    weft_json_key(&j, "columnKind");
    weft_json_str(&j, "utf16CodeUnits");
    weft_json_obj_end(&j);
    weft_json_arr_end(&j);
    weft_json_obj_end(&j);
    fputc('\n', f);
    return weft_json_error(&j);
}
