/* TRUTH: racy — parent starts child and returns without joining it; main's join of parent does not order child, so child's `g = 1` races with main's `g = 2` after pthread_join(p). */
#include <pthread.h>
int g;
void *child(void *a) { g = 1; return 0; }
void *parent(void *a) { pthread_t c; pthread_create(&c, 0, child, 0); pthread_detach(c); return 0; }
int main(void)
{
    pthread_t p;
    pthread_create(&p, 0, parent, 0);
    pthread_join(p, 0);
    g = 2;
    return g;
}
