/* TRUTH: free — at i == 3 t1 sets its counter to 100 through pointer q = &i, ending the loop: t1 writes a[0..3]; t2 writes a[4..7]. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) {
    (void)p;
    int i, *q = &i;
    for (i = 0; i < 8; i++) {
        a[i] = 1;
        if (i == 3) *q = 100;
    }
    return NULL;
}
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
