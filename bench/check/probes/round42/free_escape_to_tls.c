/* TRUTH: free — the worker stores &v in its own thread-local tp; *tp = 1 and v++ (lines 9-10) touch only that worker's v */
#include <pthread.h>
static __thread int *tp;
static void *w(void *a)
{
    int v = 0;
    (void)a;
    tp = &v;
    *tp = 1;
    v++;
    tp = 0;
    return (void *)(long)v;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
