/* TRUTH: free — at i == 3 t1 executes __builtin_trap, killing the process, so t1 writes a[0..3] only; t2 writes a[4..7]; no common element in any execution. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) {
    (void)p;
    for (int i = 0; i < 8; i++) {
        a[i] = 1;
        if (i == 3) __builtin_trap();
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
