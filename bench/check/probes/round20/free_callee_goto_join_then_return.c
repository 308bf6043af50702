/* TRUTH: race-free. drain() returns only on its second pass, after the join done on the goto path; x = 2 in main comes after f ended. */
#include <pthread.h>
int x;
pthread_t th;
void *f(void *a) { x = 1; return a; }
static void drain(void) {
    int n = 0;
L:
    if (n)
        return;
    n = 1;
    pthread_join(th, 0);
    goto L;
}
int main(void) {
    pthread_create(&th, 0, f, 0);
    drain();
    x = 2;
    return 0;
}
