/* TRUTH: race-free. parent joins child (writes x) before returning; main joins parent before its next write of x. */
#include <pthread.h>
int x;
void *child(void *a) { x = 2; return 0; }
void *parent(void *a) {
    pthread_t c;
    pthread_create(&c, 0, child, 0);
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t t;
    int i = 0;
again:
    x = i;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    if (++i < 2)
        goto again;
    x = 5;
    return 0;
}
