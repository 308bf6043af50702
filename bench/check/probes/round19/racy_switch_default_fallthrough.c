/* TRUTH: racy. phase 0 starts f (writes x) and jumps back; the default case writes x while f runs. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int phase = 0;
top:
    switch (phase) {
    case 0:
        pthread_create(&t, 0, f, 0);
        phase = 1;
        goto top;
    default:
        x = 1;
        break;
    }
    pthread_join(t, 0);
    return 0;
}
