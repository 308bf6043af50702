/* TRUTH: free — t1 writes a[0..3], t2 writes a[4..7]; after the barrier t1 reads a[4..7] and t2 reads a[0..3]: cross accesses ordered by the barrier. */
#include <pthread.h>
static int a[8];
static int s1, s2;
static pthread_barrier_t bar;
static void *t1(void *p) {
    (void)p; int s = 0;
    for (int i = 0; i < 4; i++) a[i] = 1;
    pthread_barrier_wait(&bar);
    for (int i = 4; i < 8; i++) s += a[i];
    s1 = s; return NULL;
}
static void *t2(void *p) {
    (void)p; int s = 0;
    for (int i = 4; i < 8; i++) a[i] = 2;
    pthread_barrier_wait(&bar);
    for (int i = 0; i < 4; i++) s += a[i];
    s2 = s; return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s1 + s2;
}
