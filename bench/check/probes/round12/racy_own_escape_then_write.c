// racy: the fresh object's pointer is put in a mutex-protected global, then the producer writes the object outside the lock; the consumer reads it under the lock.
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
    pthread_mutex_lock(&m);
    box = g;
    pthread_mutex_unlock(&m);
    g->a = 5;
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
