/* TRUTH: racy. The else branch starts f (writes x) and jumps back; the then branch, above it, writes x while f runs. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    if (i > 0) {
        x = 1;
    } else {
        pthread_create(&t, 0, f, 0);
        i = 1;
        goto again;
    }
    pthread_join(t, 0);
    return 0;
}
