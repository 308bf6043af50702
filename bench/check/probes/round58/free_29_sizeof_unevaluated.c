/* TRUTH: free — the operand of sizeof is not evaluated, so t1 never writes a; only t2 writes a[0..7]. */
#include <pthread.h>
static int a[8];
static unsigned long tot;
static void *t1(void *p) { (void)p; unsigned long n = 0; for (int i = 0; i < 8; i++) n += sizeof(a[i] = 1); tot = n; return NULL; }
static void *t2(void *p) { (void)p; for (int j = 0; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return (int)tot + a[0];
}
