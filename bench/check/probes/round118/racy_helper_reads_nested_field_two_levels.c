/* TRUTH: racy — the tuner writes o->m.lim.hi (o from a job's void* field) while main's helper reads m->lim.hi of the same object through &go.m */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct inner { int lo; int hi; };
struct mid { struct inner lim; int pad; };
struct outer { struct mid m; int id; };
static struct outer go = { { { 0, 10 }, 0 }, 1 };

struct job { void *priv; };
static struct job gjob = { &go };

static void *tuner(void *arg)
{
    struct job *j = arg;
    struct outer *o = j->priv;
    for (int i = 0; i < 40; i++) {
        o->m.lim.hi = 10 + i;
        usleep(250);
    }
    return NULL;
}

static int span(const struct mid *m) { return m->lim.hi - m->lim.lo; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, tuner, &gjob);
    long s = 0;
    for (int i = 0; i < 40; i++) {
        s += span(&go.m);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%ld\n", s);
    return 0;
}
