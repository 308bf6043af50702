/* TRUTH: free — fill() is only called when the volatile flag enable is nonzero, and nothing ever sets it: only t2 writes a. */
#include <pthread.h>
static int a[8];
static volatile int enable;
static void fill(void) { for (int i = 0; i < 8; i++) a[i] = 1; }
static void *t1(void *p) { (void)p; if (enable) fill(); return NULL; }
static void *t2(void *p) { (void)p; for (int j = 0; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
