/* TRUTH: race-free. f is started again after label L but joined before the goto back; x=2 never runs while an f runs. */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return a; }
int main(void) {
    pthread_t t;
    int done = 0;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
L:
    x = 2;
    if (!done) {
        done = 1;
        pthread_create(&t, 0, f, 0);
        pthread_join(t, 0);
        goto L;
    }
    return 0;
}
