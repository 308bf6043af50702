/* TRUTH: free — t1's index (_Bool)i is only 0 or 1, so t1 writes a[0],a[1] only; t2 writes a[5..9]. */
#include <pthread.h>
static int a[10];
static void *t1(void *p) { (void)p; for (int i = 0; i < 10; i++) a[(_Bool)i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int j = 5; j < 10; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
