/* TRUTH: racy — restart() creates a new thread into &a->id, overwriting work_a's id; reap(a) joins work_b; result_a read races. */
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

static void restart(pthread_t *slot, void *(*fn)(void *))
{
    pthread_create(slot, NULL, fn, NULL);
}

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    restart(&a->id, work_b);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    return 0;
}
