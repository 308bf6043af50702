/* TRUTH: racy — the exporter fwrite()s the whole 'recs' array through a 'const struct rec *' from an integer handle while main updates recs[2].flags */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct rec { int id; short flags; };
static struct rec recs[4];
static uintptr_t rec_handle;

static void *exporter(void *arg)
{
    (void)arg;
    const struct rec *r = (const struct rec *)rec_handle;
    FILE *f = fopen("/dev/null", "w");
    if (!f)
        return NULL;
    for (int i = 0; i < 40; i++) {
        fwrite(r, sizeof *r, 4, f);
        fflush(f);
        usleep(250);
    }
    fclose(f);
    return NULL;
}

int main(void)
{
    pthread_t t;
    rec_handle = (uintptr_t)recs;
    pthread_create(&t, NULL, exporter, NULL);
    for (int i = 0; i < 40; i++) {
        recs[2].flags++;
        usleep(250);
    }
    pthread_join(t, NULL);
    return 0;
}
