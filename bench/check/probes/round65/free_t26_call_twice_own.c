/* TRUTH: free — the trampoline runs each routine twice, but each routine touches only its own global; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int a_runs, b_runs;
static void work_a(void *arg) { (void)arg; a_runs++; }
static void work_b(void *arg) { (void)arg; b_runs++; }
static void *tramp(void *p)
{
    struct cap *c = p;
    c->fn(c->arg);
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
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_runs + b_runs;
}
