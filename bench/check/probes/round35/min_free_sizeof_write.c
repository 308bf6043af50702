/* TRUTH: free — `sizeof(g = 5)` does not evaluate its operand (not a VLA), so t1 never writes g; only t2 writes g. */
#include <pthread.h>
int g;
unsigned long n;
void *t1(void *p) { n = sizeof(g = 5); return 0; }
void *t2(void *p) { g = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g + (int)n;
}
