/* TRUTH: racy. The goto inside do { } while (0) jumps back above the block after starting w; the block's u = u * 2 reruns while w writes u. */
#include <pthread.h>
int u = 1;
void *w(void *a) { u = 0; return a; }
int main(void) {
    pthread_t t;
    int n = 0;
top:
    do {
        u = u * 2;
        if (n++ == 0) {
            pthread_create(&t, 0, w, 0);
            goto top;
        }
    } while (0);
    pthread_join(t, 0);
    return u;
}
