/* TRUTH: racy — restart_all() walks the global list and starts work_b into every handle; reap(a) joins the new thread, work_a unjoined at the read of result_a. */
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

static void restart_all(void *(*fn)(void *))
{
    for (struct thread *t = all_threads; t; t = t->next)
        pthread_create(&t->id, NULL, fn, t->arg);
}

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    restart_all(work_b);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    return 0;
}
