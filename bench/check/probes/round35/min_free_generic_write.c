/* TRUTH: free — the controlling expression of _Generic is not evaluated (C11 6.5.1.1p3), so t1's `g++` there never happens; only t2 writes g. */
#include <pthread.h>
int g;
int k;
void *t1(void *p) { k = _Generic(g++, int: 1, default: 2); return 0; }
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
