/* TRUTH: free — the worker memcpy's p (= &v) into its own local q; *q = 1 and v++ (lines 12-13) touch the worker's own v */
#include <pthread.h>
#include <string.h>
static void *w(void *a)
{
    int v = 0;
    int *p = &v;
    int *q = 0;
    int **r = memcpy(&q, &p, sizeof p);
    (void)a;
    (void)r;
    *q = 1;
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
