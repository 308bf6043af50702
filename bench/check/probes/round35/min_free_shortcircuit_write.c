/* TRUTH: free — in `k = 0 && (g = 5)` the right operand of && is never evaluated, so t1 never writes g; only t2 writes g. */
#include <pthread.h>
int g;
int k;
void *t1(void *p) { k = 0 && (g = 5); return 0; }
void *t2(void *p) { g = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g + k;
}
