/* TRUTH: free — GNU `c ?: e` evaluates e only when c is 0, so t1 writes a[i] only for i < 4; t2 writes a[4..7]. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) (void)((i >= 4) ?: (a[i] = 1)); return NULL; }
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
