/* TRUTH: free — at i == 3 t1 sleeps forever (for(;;) pause()), so t1 writes a[0..3] only; t2 writes a[4..7]; main joins only t2 and exits. */
#include <pthread.h>
#include <unistd.h>
static int a[8];
static void *t1(void *p) {
    (void)p;
    for (int i = 0; i < 8; i++) {
        a[i] = 1;
        if (i == 3) for (;;) pause();
    }
    return NULL;
}
static void *t2(void *p) { (void)p; for (int j = 4; j < 8; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(y, NULL);
    return 0;
}
