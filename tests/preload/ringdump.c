/* weft-ringdump DIR: prints what a traced run left in WEFT_DIR, one line per record (debugging and bench). */
#include <inttypes.h>
#include <stdio.h>

#include "ringread.h"

int main(int argc, char **argv)
{
    struct rr_dir d;

    if (argc != 2) {
        fprintf(stderr, "usage: weft-ringdump DIR\n");
        return 2;
    }
    if (rr_load(argv[1], &d) < 0) {
        perror(argv[1]);
        return 2;
    }
    for (size_t i = 0; i < d.nprocs; i++) {
        const struct weft_proc_file *p = &d.procs[i].f;
        printf("proc pid=%d ppid=%d start=%" PRIu64 " parent_start=%" PRIu64
               " exec_from=%" PRIu64 " end=%" PRIu64 " exited=%d code=%d exe=%s maps=%" PRIu64
               "\n",
               p->pid, p->ppid, p->proc_start_ns, p->parent_start_ns, p->exec_from_start_ns,
               p->end_ns, p->exited, p->exit_code, p->exe, p->maps_len);
    }
    for (size_t i = 0; i < d.nrings; i++) {
        const struct rr_ring *r = &d.rings[i];
        printf("ring pid=%d tid=%d state=%u events=%zu dropped=%" PRIu64 " cpu=%" PRIu64 "\n",
               r->h.pid, r->h.tid, r->h.state, r->nev, r->h.dropped, r->h.cpu_ns);
        for (size_t j = 0; j < r->nev; j++) {
            const struct weft_event *e = &r->ev[j].ev;
            printf("  ev %s ts=%" PRIu64 " dur=%" PRIu64 " obj=%#" PRIx64 " obj2=%#" PRIx64
                   " ret=%" PRId64 " err=%d kind=%u aux=%u coro=%u site=%#" PRIx64 " text=%s\n",
                   rr_call_name(e->call), e->ts, e->u.e.dur, e->u.e.obj, e->u.e.obj2,
                   e->u.e.ret, e->err, e->fd_kind, e->u.e.aux, e->u.e.coro, e->u.e.site,
                   r->ev[j].text);
        }
        for (unsigned c = 0; c < WEFT_CALL_MAX; c++)
            if (r->calls[c].count)
                printf("  calls %s count=%" PRIu64 " recorded=%" PRIu64 " total=%" PRIu64
                       " bytes=%" PRIu64 "\n",
                       rr_call_name(c), r->calls[c].count, r->calls[c].recorded,
                       r->calls[c].total_ns, r->calls[c].bytes);
        for (uint32_t k = 0; k < r->h.locks_cap; k++)
            if (r->locks[k].addr)
                printf("  lock %#" PRIx64 " %s acq=%" PRIu64 " contended=%" PRIu64
                       " wait=%" PRIu64 " hold=%" PRIu64 " holdmax=%" PRIu64 "\n",
                       r->locks[k].addr, rr_call_name(r->locks[k].kind), r->locks[k].acquisitions,
                       r->locks[k].contended, r->locks[k].wait_total_ns, r->locks[k].hold_total_ns,
                       r->locks[k].hold_max_ns);
        for (uint32_t k = 0; k < r->h.order_cap; k++)
            if (r->order[k].held)
                printf("  order %#" PRIx64 " -> %#" PRIx64 " count=%" PRIu64 "\n",
                       r->order[k].held, r->order[k].acquired, r->order[k].count);
    }
    rr_free(&d);
    return 0;
}
