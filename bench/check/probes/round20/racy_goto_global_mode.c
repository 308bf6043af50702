/* TRUTH: racy. Pass 1 (mode 0) starts w, sets mode 1 and goes back; pass 2 takes the mode == 1 branch and writes x while w writes x. */
#include <pthread.h>
int mode;
int x;
void *w(void *a) { x = 1; return a; }
int main(void) {
    pthread_t t;
    if (mode == 0)
        x = 5;
L:
    if (mode == 1)
        x = 2;
    if (mode == 0) {
        pthread_create(&t, 0, w, 0);
        mode = 1;
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
