/* TRUTH: racy — bp = (unsigned char *)&x; thread writes *bp (a byte of x), main writes x unordered */
#include <pthread.h>
static int x;
static unsigned char *bp = (unsigned char *)&x;
static void *w(void *a) { (void)a; *bp = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x;
}
