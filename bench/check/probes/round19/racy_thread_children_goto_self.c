/* TRUTH: racy. parent's goto loop starts two children (x++) before joining either. */
#include <pthread.h>
int x;
void *child(void *a) { x++; return 0; }
void *parent(void *a) {
    pthread_t c[2];
    int i = 0;
again:
    pthread_create(&c[i], 0, child, 0);
    if (++i < 2)
        goto again;
    pthread_join(c[0], 0);
    pthread_join(c[1], 0);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    return 0;
}
