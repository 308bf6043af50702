/* TRUTH: race-free. parent's goto loop starts and joins each child (writes x) in turn; main writes x after joining parent. */
#include <pthread.h>
int x;
void *child(void *a) { x++; return 0; }
void *parent(void *a) {
    pthread_t c;
    int i = 0;
again:
    pthread_create(&c, 0, child, 0);
    pthread_join(c, 0);
    if (++i < 3)
        goto again;
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    x = 0;
    return 0;
}
