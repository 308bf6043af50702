/* TRUTH: racy — the trampoline runs the routine, publishes 'first_done' (release), then runs the routine again; main waits for the flag (acquire) and reads 'rounds', which the second run writes concurrently */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int rounds;
static int first_done;
static void step(void *arg) { (void)arg; rounds++; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
    __atomic_store_n(&first_done, 1, __ATOMIC_RELEASE);
    c->fn(c->arg);
    free(c);
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
    pthread_t t;
    launch(&t, step, NULL);
    while (!__atomic_load_n(&first_done, __ATOMIC_ACQUIRE))
        ;
    int r = rounds;
    pthread_join(t, NULL);
    return r;
}
