/* TRUTH: free — p = &v is reassigned to &w before it is stored in the thread's own slot; v never escapes, so v++ (line 12) touches the worker's own v; slot[id] distinct per worker and never read */
#include <pthread.h>
static int *slot[2];
static void *wk(void *a)
{
    long id = (long)a;
    int v = 0, w = 0;
    int *p = &v;
    *p = 5;
    p = &w;
    slot[id] = p;
    v++;
    return (void *)(long)(v + w);
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
