/* GNU Pth: two cooperative user-space threads on one OS thread, traced unmodified (no weft.h). */
#include <pth.h>
#include <stdio.h>

/* A task that does `steps` units of work, yielding to the other for `ms` after each. */
struct job {
    const char *name;
    int steps;
    long ms;
};

static void *run_job(void *arg)
{
    struct job *j = arg;
    for (int i = 1; i <= j->steps; i++) {
        pth_nap(pth_time(0, j->ms * 1000)); /* a cooperative wait: other Pth threads run */
        printf("%s: step %d of %d\n", j->name, i, j->steps);
    }
    return NULL;
}

int main(void)
{
    if (!pth_init()) {
        fputs("pth_init failed\n", stderr);
        return 1;
    }
    /* Periods of 150 ms and 200 ms end 50 ms apart at the closest (upload's third step, emails'
     * second): on an idle machine the output's order is the same run to run. */
    struct job upload = {"upload", 4, 150}, emails = {"emails", 2, 200};
    pth_attr_t attr = pth_attr_new();
    pth_attr_set(attr, PTH_ATTR_JOINABLE, TRUE);
    pth_attr_set(attr, PTH_ATTR_NAME, "upload");
    pth_t t1 = pth_spawn(attr, run_job, &upload);
    pth_attr_set(attr, PTH_ATTR_NAME, "emails");
    pth_t t2 = pth_spawn(attr, run_job, &emails);
    pth_attr_destroy(attr);
    if (!t1 || !t2) {
        fputs("pth_spawn failed\n", stderr);
        return 1;
    }
    pth_join(t1, NULL);
    pth_join(t2, NULL);
    pth_kill();
    return 0;
}
