/* TRUTH: racy — the free hook is switched to a caching function, release(a) stashes a, spawn reuses it for work_b; reap(a) joins work_b, work_a unjoined when result_a is read. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; void *arg; };

static void (*thr_free)(void *) = free;
static void *cached;

static void cache_put(void *p) { cached = p; }

static void use_thread_cache(void) { thr_free = cache_put; }

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    struct thread *t = cached;
    cached = NULL;
    if (!t) t = malloc(sizeof *t);
    if (!t) abort();
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

/* give the handle back without waiting (fire and forget) */
static void release(struct thread *t) { thr_free(t); }

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    thr_free(t);
}

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

int main(void)
{
    use_thread_cache();
    struct thread *a = spawn(work_a, NULL);
    release(a);
    struct thread *b = spawn(work_b, NULL);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    (void)b;
    return 0;
}
