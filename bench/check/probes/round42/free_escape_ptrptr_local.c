/* TRUTH: free — p = &v and pp = &p are locals of the worker; **pp = 1 and v++ (lines 9-10) touch that worker's own v */
#include <pthread.h>
static void *w(void *a)
{
    int v = 0;
    int *p = &v;
    int **pp = &p;
    (void)a;
    **pp = 1;
    v++;
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
