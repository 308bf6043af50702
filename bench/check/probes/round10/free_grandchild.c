/* free: the child creates and joins the grandchild; main joins the child, so
   the grandchild's write happens before main's write. */
#include <pthread.h>
static int g;
static void *grand(void *x) { (void)x; g = 2; return 0; }
static void *child(void *x) { (void)x; pthread_t gc; pthread_create(&gc, 0, grand, 0); pthread_join(gc, 0); return 0; }
int main(void) {
    pthread_t c;
    pthread_create(&c, 0, child, 0);
    pthread_join(c, 0);
    g = 1;
    return g;
}
