/* TRUTH: racy — up = (unsigned *)&x (x is int; signed/unsigned access is allowed); thread writes *up, main writes x unordered */
#include <pthread.h>
static int x;
static unsigned *up = (unsigned *)&x;
static void *w(void *a) { (void)a; *up = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x;
}
