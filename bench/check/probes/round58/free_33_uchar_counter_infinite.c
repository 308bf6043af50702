/* TRUTH: free — t1's counter is unsigned char, so i < 300 always holds and i cycles 0..255 forever: t1 writes a[0..255] only; t2 writes a[256..299]; main joins only t2 and exits. */
#include <pthread.h>
static int a[300];
static void *t1(void *p) { (void)p; for (unsigned char i = 0; i < 300; i++) a[i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int j = 256; j < 300; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(y, NULL);
    return 0;
}
