/* TRUTH: racy — p and q both hold &g (set before the threads, then only read); t1 writes *p, t2 writes *q: the same object g, unordered. */
#include <pthread.h>
int g, h;
int *p = &g, *q = &g;
void *t1(void *a) { *p = 1; return 0; }
void *t2(void *a) { *q = 2; return 0; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g + h;
}
