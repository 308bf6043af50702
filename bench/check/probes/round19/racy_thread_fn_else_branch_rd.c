/* TRUTH: racy. parent's pass 1 starts child (reads x) and jumps back; pass 2's else branch writes x while child runs. */
#include <pthread.h>
int x;
void *child(void *a) { int v = x; (void)v; return 0; }
void *parent(void *a) {
    pthread_t c;
    int i = 0;
again:
    if (i == 0) {
        pthread_create(&c, 0, child, 0);
        i = 1;
        goto again;
    } else {
        x = 1;
    }
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    return 0;
}
