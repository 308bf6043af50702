/* TRUTH: racy. In pass 2 main writes x while the detached child (writes x) that pass 1's parent started may run. */
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
    pthread_t t[2];
    int i = 0;
again:
    x = 1;
    pthread_create(&t[i], 0, parent, 0);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
