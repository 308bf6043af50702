/* TRUTH: racy. f is started, joined, then started again at the same (fn,arg) after label L; the goto back reruns x=2 while the second f runs. */
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
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
