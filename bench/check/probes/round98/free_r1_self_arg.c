/* TRUTH: free — the handle is passed as the thread argument (read only by the thread); results read after reap. */
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

static void *work_self(void *arg)
{
    struct thread *me = arg;
    result_a = me->arg != NULL;
    return NULL;
}

static struct thread *spawn_self(void *(*fn)(void *))
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = &result_b;
    t->next = NULL;
    pthread_create(&t->id, NULL, fn, t);
    return t;
}

int main(void)
{
    struct thread *a = spawn_self(work_self);
    reap(a);
    printf("%d\n", result_a);
    free(a);
    return 0;
}
