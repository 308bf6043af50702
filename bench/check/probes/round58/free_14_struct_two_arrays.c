/* TRUTH: free — t1 writes s.a[0..3], t2 writes s.b[0..3]: different member arrays, no common element. */
#include <pthread.h>
static struct { int a[4]; int b[4]; } s;
static void *t1(void *p) { (void)p; for (int i = 0; i < 4; i++) s.a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 4; i++) s.b[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s.a[0];
}
