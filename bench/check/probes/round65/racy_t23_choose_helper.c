/* TRUTH: racy — launch lets choose(&fn) replace the routine; choose installs profiler whenever profiling is on (main turns it on), so both threads run profiler (samples++ unsynchronized) */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int profiling, samples, ra, rb;
static void profiler(void *arg) { (void)arg; samples++; }
static void work_a(void *arg) { (void)arg; ra = 1; }
static void work_b(void *arg) { (void)arg; rb = 1; }
static void choose(void (**fnp)(void *)) { if (profiling) *fnp = profiler; }
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
    choose(&fn);
    struct cap *c = malloc(sizeof *c);
    c->fn = fn;
    c->arg = arg;
    pthread_create(t, NULL, tramp, c);
}
int main(void)
{
    pthread_t t1, t2;
    profiling = 1;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return samples + ra + rb;
}
