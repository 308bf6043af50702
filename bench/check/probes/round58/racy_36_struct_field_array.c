/* TRUTH: racy — both threads write s.a[i]; t1 over 0..4, t2 over 4..7: s.a[4] written by both unsynchronized. */
#include <pthread.h>
static struct { int n; int a[8]; } s;
static void *t1(void *p) { (void)p; for (int i = 0; i < 5; i++) s.a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 4; i < 8; i++) s.a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return s.a[0];
}
