/* TRUTH: racy — the supervisor thread (joined first) starts work_b into a->id; reap(a) then joins work_b, so work_a is unjoined when result_a is read. */
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

static void *supervisor(void *arg)
{
    pthread_t *slot = arg;
    pthread_create(slot, NULL, work_b, NULL);
    return NULL;
}

int main(void)
{
    pthread_t sup;
    struct thread *a = spawn(work_a, NULL);
    pthread_create(&sup, NULL, supervisor, &a->id);
    pthread_join(sup, NULL);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    return 0;
}
