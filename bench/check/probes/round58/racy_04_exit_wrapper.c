/* TRUTH: racy — finish_early ends t1 only at i == 5, so t1 writes a[0..5]; t2 writes a[4..7]: a[4] written by both unsynchronized. */
#include <pthread.h>
static int a[8];
static void finish_early(int i) { if (i == 5) pthread_exit(NULL); }
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) { a[i] = 1; finish_early(i); } return NULL; }
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
