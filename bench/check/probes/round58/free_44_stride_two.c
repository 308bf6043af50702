/* TRUTH: free — t1 writes even elements a[0,2,4,6], t2 writes odd elements a[1,3,5,7]. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i += 2) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 1; i < 8; i += 2) a[i] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
