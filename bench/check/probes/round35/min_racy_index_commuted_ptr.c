/* TRUTH: racy — gp = &g set before the threads; t1 writes 0[gp] (that is *gp == g), t2 writes g; unordered. */
#include <pthread.h>
int g;
int *gp = &g;
void *t1(void *p) { 0[gp] = 1; return 0; }
void *t2(void *p) { g = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g;
}
