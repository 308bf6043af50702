/* TRUTH: racy — *a = *b copies b's pthread_t into a, so reap(a) joins work_b; work_a (writes result_a) is never joined before main reads result_a. */
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

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    struct thread *b = spawn(work_b, NULL);
    /* keep only the most recent worker in slot a */
    *a = *b;
    reap(a);
    printf("%d %d\n", result_a, result_b);
    return 0;
}
