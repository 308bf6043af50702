/* TRUTH: racy. drain() joins th2 (not th) on its goto path before returning; f (handle th) may still write x when main writes x. */
#include <pthread.h>
int x;
pthread_t th, th2;
void *f(void *a) { x = 1; return a; }
void *idle(void *a) { return a; }
static void drain(void) {
    int n = 0;
L:
    if (n)
        return;
    n = 1;
    pthread_join(th2, 0);
    goto L;
}
int main(void) {
    pthread_create(&th, 0, f, 0);
    pthread_create(&th2, 0, idle, 0);
    drain();
    x = 2;
    pthread_join(th, 0);
    return 0;
}
