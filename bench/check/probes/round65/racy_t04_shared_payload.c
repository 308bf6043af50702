/* TRUTH: racy — each launch gets a fresh capsule, but both payloads point at the same global counter; work_a and work_b both do (*p)++ unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int counter;
static void work_a(void *arg) { int *p = arg; (*p)++; }
static void work_b(void *arg) { int *p = arg; (*p) += 2; }
static void *tramp(void *p)
{
    struct cap *c = p;
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    free(c);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, &counter);
    launch(&t2, work_b, &counter);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return counter;
}
