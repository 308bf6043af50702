/* TRUTH: racy. A loop made by macros (label + goto inside do-while(0)): pass 2 writes x while t[0] (reads x) runs. */
#include <pthread.h>
#define LOOP_BEGIN(l) l:;
#define LOOP_AGAIN_IF(l, c) do { if (c) goto l; } while (0)
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[3];
    int n = 0;
    LOOP_BEGIN(top)
    x = n;
    pthread_create(&t[n], 0, f, 0);
    n++;
    LOOP_AGAIN_IF(top, n < 3);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    return 0;
}
