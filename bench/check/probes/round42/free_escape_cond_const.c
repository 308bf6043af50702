/* TRUTH: free — c is 0 so slot[id] gets &u, never &v; v++ (line 11) touches each worker's own v; slot[id] distinct and never read */
#include <pthread.h>
static int *slot[2];
static void *wk(void *a)
{
    long id = (long)a;
    int v = 0, u = 0;
    int c = 0;
    slot[id] = c ? &v : &u;
    (void)u;
    v++;
    return (void *)(long)v;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, wk, (void *)0L);
    pthread_create(&t2, 0, wk, (void *)1L);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
