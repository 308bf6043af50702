/* TRUTH: free — in t1, i < sizeof a / sizeof a[0] compares as size_t, so -1 becomes SIZE_MAX and the loop runs zero times; only t2 writes a. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = -1; i < sizeof a / sizeof a[0]; i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int j = 0; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
