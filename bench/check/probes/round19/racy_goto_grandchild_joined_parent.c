/* TRUTH: racy. parent detaches child (writes x) and returns; main joins parent only, so in pass 2 main's x = 1 runs while pass 1's child may still run. */
#include <pthread.h>
int x;
void *child(void *a) { x = 2; return 0; }
void *parent(void *a) {
    pthread_t c;
    pthread_create(&c, 0, child, 0);
    pthread_detach(c);
    return 0;
}
int main(void) {
    pthread_t t;
    int i = 0;
again:
    x = 1;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    if (++i < 2)
        goto again;
    return 0;
}
