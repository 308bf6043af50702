/* TRUTH: race-free. Pass 2's else branch joins f before writing x. */
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
        pthread_join(t, 0);
        x = 1;
    }
    return 0;
}
