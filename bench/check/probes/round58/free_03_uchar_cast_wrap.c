/* TRUTH: free — t1 indexes a[(unsigned char)i], values 0..255 only (i=256..299 wrap to 0..43); t2 writes a[256..299]. */
#include <pthread.h>
static int a[300];
static void *t1(void *p) { (void)p; for (int i = 0; i < 300; i++) a[(unsigned char)i] = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int j = 256; j < 300; j++) a[j] = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
