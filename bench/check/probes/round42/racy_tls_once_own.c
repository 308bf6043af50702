/* TRUTH: racy — each worker's pthread_once uses its own thread-local once object, so init (g = 42, line 8) runs in both workers concurrently */
#include <pthread.h>
static __thread pthread_once_t o = PTHREAD_ONCE_INIT;
static pthread_once_t *go;
static int g;
static void init(void)
{
    g = 42;
}
static void *w(void *a)
{
    (void)a;
    pthread_once(&o, init);
    return (void *)(long)g;
}
int main(void)
{
    pthread_t t1, t2;
    go = &o;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return go != 0;
}
