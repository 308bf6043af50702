/* TRUTH: racy — t1 writes u.b[0..11] (bytes 0..11), t2 writes u.w[2] (bytes 8..11): same bytes, unsynchronized. */
#include <pthread.h>
static union { int w[4]; unsigned char b[16]; } u;
static void *t1(void *p) { (void)p; for (int i = 0; i < 12; i++) u.b[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 2; i < 4; i++) u.w[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return u.b[0];
}
