/* TRUTH: free — a loop launches work four times, each with its own slot &slots[i]; main reads the slots after joining all */
#include <pthread.h>
#include <stdlib.h>
struct cap { void (*fn)(void *); void *arg; };
static int slots[4];
static void work(void *arg) { int *s = arg; *s = 5; }
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
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        launch(&t[i], work, &slots[i]);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return slots[0] + slots[3];
}
