/* weft check's JSON output, schema weft-check/1 (docs/check-json.md). */
#include "check_report.h"
#include "json_writer.h"

int weft_check_write_json(FILE *f, const struct weft_check_result *r, const char *base)
{
    struct weft_json j;
    weft_json_init(&j, f, 1);
    weft_json_obj_begin(&j);
    weft_json_key(&j, "schema");
    weft_json_str(&j, "weft-check/1");
    weft_json_key(&j, "verdict");
    weft_json_str(&j, weft_check_verdict_name(weft_check_verdict(r)));
    weft_json_key(&j, "complete");
    weft_json_bool(&j, r->complete);
    weft_json_key(&j, "incomplete_reasons");
    weft_json_arr_begin(&j);
    for (size_t i = 0; i < r->nincomplete; i++)
        weft_json_str(&j, r->incomplete[i]);
    weft_json_arr_end(&j);
    weft_json_key(&j, "hidden_type_matches");
    weft_json_uint(&j, r->hidden_by_type);
    weft_json_key(&j, "translation_units");
    weft_json_uint(&j, r->tus);
    weft_json_key(&j, "errors");
    weft_json_uint(&j, r->errors);
    weft_json_key(&j, "diagnostics");
    weft_json_arr_begin(&j);
    for (size_t i = 0; i < r->ndiagnostics; i++)
        weft_json_str(&j, r->diagnostics[i]);
    weft_json_arr_end(&j);
    weft_json_key(&j, "findings");
    weft_json_arr_begin(&j);
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct weft_check_finding *x = &r->findings[i];
        weft_json_obj_begin(&j);
        weft_json_key(&j, "rule");
        weft_json_str(&j, x->rule);
        weft_json_key(&j, "id");
        weft_json_str(&j, x->id);
        weft_json_key(&j, "variable");
        weft_json_str(&j, x->variable);
        weft_json_key(&j, "file");
        weft_json_str(&j, weft_check_relpath(x->file, base));
        weft_json_key(&j, "line");
        weft_json_uint(&j, x->line);
        weft_json_key(&j, "column");
        weft_json_uint(&j, x->col);
        weft_json_key(&j, "message");
        weft_json_str(&j, x->message);
        weft_json_key(&j, "certainty");
        weft_json_str(&j, x->definite ? "definite" : "possible");
        weft_json_key(&j, "reason");
        weft_json_str(&j, x->reason ? x->reason : "");
        weft_json_key(&j, "pair");
        weft_json_uint(&j, x->npair);
        weft_json_key(&j, "memory");
        weft_json_str(&j, x->by_type ? "type" : "identified");
        weft_json_key(&j, "accesses_total");
        weft_json_uint(&j, x->naccesses);
        weft_json_key(&j, "accesses");
        weft_json_arr_begin(&j);
        for (size_t k = 0; k < weft_check_listed(x); k++) {
            const struct weft_check_access *a = &x->accesses[k];
            weft_json_obj_begin(&j);
            weft_json_key(&j, "file");
            weft_json_str(&j, weft_check_relpath(a->file, base));
            weft_json_key(&j, "line");
            weft_json_uint(&j, a->line);
            weft_json_key(&j, "column");
            weft_json_uint(&j, a->col);
            weft_json_key(&j, "kind");
            weft_json_str(&j, a->kind);
            weft_json_key(&j, "atomic");
            weft_json_bool(&j, a->atomic);
            weft_json_key(&j, "thread");
            weft_json_str(&j, a->thread);
            weft_json_key(&j, "expression");
            weft_json_str(&j, a->text);
            weft_json_key(&j, "path");
            weft_json_arr_begin(&j);
            for (size_t c = 0; c < a->npath; c++) {
                weft_json_obj_begin(&j);
                weft_json_key(&j, "function");
                weft_json_str(&j, a->path[c].function);
                weft_json_key(&j, "file");
                weft_json_str(&j, weft_check_relpath(a->path[c].file, base));
                weft_json_key(&j, "line");
                weft_json_uint(&j, a->path[c].line);
                weft_json_obj_end(&j);
            }
            weft_json_arr_end(&j);
            weft_json_key(&j, "locks");
            weft_json_arr_begin(&j);
            for (size_t l = 0; l < a->nlocks; l++)
                weft_json_str(&j, a->locks[l]);
            weft_json_arr_end(&j);
            weft_json_obj_end(&j);
        }
        weft_json_arr_end(&j);
        weft_json_obj_end(&j);
    }
    weft_json_arr_end(&j);
    weft_json_obj_end(&j);
    fputc('\n', f);
    return weft_json_error(&j);
}
