/* TRUTH: racy — thread a overwrites b->id with a new work_c thread; after reap(a), reap(b) joins work_c, so work_b (writes result_b) is unjoined when main reads result_b. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct thread { pthread_t id; void *arg; };

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

static void *work_c(void *arg) { (void)arg; return NULL; }

/* restarts the job whose id slot it is given, with a no-op job */
static void *restarter(void *arg)
{
    pthread_t *slot = arg;
    pthread_create(slot, NULL, work_c, NULL);
    return NULL;
}

int main(void)
{
    struct thread *b = spawn(work_b, NULL);
    struct thread *a = spawn(restarter, &b->id);
    reap(a);
    reap(b);
    printf("%d\n", result_b);
    return 0;
}
