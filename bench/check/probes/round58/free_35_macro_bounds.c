/* TRUTH: free — with N 10, t1 writes a[0..N/2-1] and t2 writes a[N/2..N-1]: disjoint. */
#include <pthread.h>
#define N 10
static int a[N];
static void *t1(void *p) { (void)p; for (int i = 0; i < (N / 2); i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = (N / 2); i < N; i++) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
