/* TRUTH: race-free. Pass 1 (mode 0) starts and joins w, sets mode 1 and goes back; x = 2 in pass 2 runs after w ended. */
#include <pthread.h>
int mode;
int x;
void *w(void *a) { x = 1; return a; }
int main(void) {
    pthread_t t;
L:
    if (mode == 1)
        x = 2;
    if (mode == 0) {
        pthread_create(&t, 0, w, 0);
        pthread_join(t, 0);
        mode = 1;
        goto L;
    }
    return 0;
}
