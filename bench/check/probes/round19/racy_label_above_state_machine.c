/* TRUTH: racy. Control jumps down to start, starts f (reads x), then back up to finish, which writes x before joining f. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    goto start;
finish:
    x = 1;
    pthread_join(t, 0);
    return 0;
start:
    pthread_create(&t, 0, f, 0);
    goto finish;
}
