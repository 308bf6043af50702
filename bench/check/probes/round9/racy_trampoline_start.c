/* TRUTH: racy. A generic trampoline runs the function stored in a start record; both started tasks run count_up, which increments hits without a lock. */
#include <pthread.h>
#include <stdio.h>

struct start {
    void (*fn)(void *);
    void *arg;
};

static int hits;

static void count_up(void *arg) { hits += *(int *)arg; }

static void *trampoline(void *p)
{
    struct start *s = p;
    s->fn(s->arg);
    return NULL;
}

int main(void)
{
    int one = 1, two = 2;
    struct start s1 = { count_up, &one }, s2 = { count_up, &two };
    pthread_t a, b;
    pthread_create(&a, NULL, trampoline, &s1);
    pthread_create(&b, NULL, trampoline, &s2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
