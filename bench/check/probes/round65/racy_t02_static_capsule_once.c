/* TRUTH: racy — launch() allocates and fills its static capsule only on the first call; both threads get the same capsule and the trampoline does c->runs++ in each, unsynchronized */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; int runs; };
static int a_count, b_count;
static void work_a(void *arg) { (void)arg; a_count = 1; }
static void work_b(void *arg) { (void)arg; b_count = 1; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    c->runs++;
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    static struct cap *c;
    if (!c) {
        c = malloc(sizeof *c);
        c->fn = fn;
        c->arg = arg;
        c->runs = 0;
    }
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_count + b_count;
}
