/* TRUTH: racy — reset_threads() rewinds the arena without joining, so the next spawn returns a's object again; reap(a) joins work_b and result_a read races with work_a. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; void *arg; };

static struct thread *arena;
static int used;

static struct thread *spawn(void *(*fn)(void *), void *arg)
{
    if (!arena) arena = malloc(8 * sizeof *arena);
    if (!arena) abort();
    struct thread *t = &arena[used++];
    t->arg = arg;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reset_threads(void) { used = 0; }

static void reap(struct thread *t) { pthread_join(t->id, NULL); }

static int result_a, result_b;

static void *work_a(void *arg) { (void)arg; result_a = 1; return NULL; }
static void *work_b(void *arg) { (void)arg; result_b = 2; return NULL; }

int main(void)
{
    struct thread *a = spawn(work_a, NULL);
    reset_threads();
    struct thread *b = spawn(work_b, NULL);
    reap(a);
    printf("%d %d\n", result_a, result_b);
    (void)b;
    return 0;
}
