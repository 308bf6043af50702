/* TRUTH: free — the thread id is printed (pthread_t to integer, not the struct pointer); data read after reap. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct thread { pthread_t id; const char *name; };

static struct thread *spawn(const char *name, void *(*fn)(void *), void *arg)
{
    struct thread *t = malloc(sizeof *t);
    if (!t) abort();
    t->name = name;
    pthread_create(&t->id, NULL, fn, arg);
    return t;
}

static void reap(struct thread *t)
{
    pthread_join(t->id, NULL);
    free(t);
}

static long total;

static void *sum(void *arg) { long n = (long)arg; for (long i = 0; i < n; i++) total += i; return NULL; }

int main(void)
{
    struct thread *w = spawn("sum", sum, (void *)100L);
    printf("started %s as %lu\n", w->name, (unsigned long)w->id);
    reap(w);
    printf("%ld\n", total);
    return 0;
}
