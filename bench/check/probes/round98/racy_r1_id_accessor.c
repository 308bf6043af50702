/* TRUTH: racy — tid(a) returns &a->id and main starts work_b into it; reap(a) joins work_b, work_a unjoined when result_a is read. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

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
}

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

static pthread_t *tid(struct thread *t) { return &t->id; }

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    pthread_create(tid(a), NULL, work_b, NULL);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    return 0;
}
