/* TRUTH: free — at i == 3 an asm statement sets t1's counter to 100, ending the loop: t1 writes a[0..3] only; t2 writes a[4..7]. */
#include <pthread.h>
static int a[8];
static void *t1(void *p) {
    (void)p;
    for (int i = 0; i < 8; i++) {
        a[i] = 1;
        if (i == 3) __asm__ volatile("movl $100, %0" : "=r"(i));
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
