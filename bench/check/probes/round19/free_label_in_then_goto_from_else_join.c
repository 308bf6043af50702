/* TRUTH: race-free. The else branch starts f and jumps into the then branch, which joins f before writing x. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int started = 0;
    if (started) {
    again:
        pthread_join(t, 0);
        x = 1;
    } else {
        pthread_create(&t, 0, f, 0);
        started = 1;
        goto again;
    }
    return 0;
}
