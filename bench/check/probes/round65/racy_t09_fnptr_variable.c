/* TRUTH: racy — main launches through a function-pointer variable that pick() sets to work_b, and also launches work_b directly: two threads run work_b, both writing b_val */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int a_val, b_val;
static void work_a(void *arg) { (void)arg; a_val = 1; }
static void work_b(void *arg) { b_val = (int)(long)arg; }
static void (*pick(int which))(void *) { return which ? work_b : work_a; }
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
int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t1, t2;
    void (*r)(void *) = pick(argc > 0);
    launch(&t1, r, (void *)1L);
    launch(&t2, work_b, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_val + b_val;
}
