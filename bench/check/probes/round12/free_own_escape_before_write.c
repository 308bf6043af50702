// free: twin of racy_own_escape_then_write: all writes to the object happen before it is put in the locked global.
#include <pthread.h>
#include <stdlib.h>
struct msg { int a; };
static struct msg *box;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 0;
    g->a = 5;
    pthread_mutex_lock(&m);
    box = g;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    int v = 0;
    pthread_mutex_lock(&m);
    if (box)
        v = box->a;
    pthread_mutex_unlock(&m);
    return (void *)(long)v;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
