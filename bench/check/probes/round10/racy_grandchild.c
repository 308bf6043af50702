/* racy: the child creates a grandchild and does not join it; main joins only
   the child and then writes `g`, which the grandchild also writes. */
#include <pthread.h>
static int g;
static void *grand(void *x) { (void)x; g = 2; return 0; }
static void *child(void *x) { (void)x; pthread_t gc; pthread_create(&gc, 0, grand, 0); pthread_detach(gc); return 0; }
int main(void) {
    pthread_t c;
    pthread_create(&c, 0, child, 0);
    pthread_join(c, 0);
    g = 1;
    pthread_exit(0);
}
