/* TRUTH: racy — writing b's id through the union's raw member overwrites a's pthread_t; reap(a) joins work_b and result_a read races. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { union { pthread_t id; unsigned long raw; } u; };

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    pthread_create(&t->u.id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->u.id, NULL);
    free(t);
}

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    struct thread *b = spawn(work_b, NULL);
    a->u.raw = b->u.raw;
    reap(a);
    printf("%d %d\n", result_a, result_b);
    free(b);
    return 0;
}
