/* TRUTH: racy. Pass 1 starts f and jumps back; pass 2 takes the else branch and writes x while f (writes x) may still run. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    if (i == 0) {
        pthread_create(&t, 0, f, 0);
        i = 1;
        goto again;
    } else {
        x = 1;
    }
    pthread_join(t, 0);
    return 0;
}
