/* TRUTH: racy — all_threads points at the newest handle (b), so reap(all_threads) joins work_b; work_a is unjoined when result_a is read. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; void *arg; struct thread *next; };

static struct thread *all_threads;

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    t->next = all_threads;
    all_threads = t;
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

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    struct thread *b = spawn(work_b, NULL);
    (void)b;
    reap(all_threads);
    printf("%d\n", result_a);
    reap(a);
    return 0;
}
