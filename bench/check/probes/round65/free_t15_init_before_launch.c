/* TRUTH: free — main sets level and table before any launch; the three routines only read them and write their own result globals; main reads results after joins */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int level, table[8], r1, r2, r3;
static void w1(void *arg) { (void)arg; r1 = level + table[1]; }
static void w2(void *arg) { (void)arg; r2 = level * 2; }
static void w3(void *arg) { (void)arg; r3 = table[7]; }
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
    pthread_t a, b, c;
    level = 3;
    for (int i = 0; i < 8; i++)
        table[i] = i;
    launch(&a, w1, NULL);
    launch(&b, w2, NULL);
    launch(&c, w3, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return r1 + r2 + r3;
}
