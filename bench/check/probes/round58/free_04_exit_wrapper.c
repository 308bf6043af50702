/* TRUTH: free — t1 calls finish_early(i), which ends t1 by pthread_exit when i == 3, so t1 writes a[0..3] only; t2 writes a[4..7]. */
#include <pthread.h>
static int a[8];
static void finish_early(int i) { if (i == 3) pthread_exit(NULL); }
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) { a[i] = 1; finish_early(i); } return NULL; }
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
