/* TRUTH: free — the worker stores &v into a malloc'd box it never publishes; **box = 1 and v++ (lines 11-12) touch its own v */
#include <pthread.h>
#include <stdlib.h>
static void *w(void *a)
{
    int v = 0;
    int **box = malloc(sizeof *box);
    (void)a;
    if (!box) return 0;
    *box = &v;
    **box = 1;
    v++;
    free(box);
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
