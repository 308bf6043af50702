/* TRUTH: racy — main sets level after launching reader; reader reads level */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int level, copy;
static void reader(void *arg) { (void)arg; copy = level; }
static void idle(void *arg) { (void)arg; }
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
    launch(&t1, idle, NULL);
    launch(&t2, reader, NULL);
    level = 7;
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return copy;
}
