/* TRUTH: racy. Pass 2 jumps to done, which writes x while f (reads x) runs; the return after 'goto loop' is never reached. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
loop:
    if (i > 0)
        goto done;
    pthread_create(&t, 0, f, 0);
    i = 1;
    goto loop;
    return 1;
done:
    x = 1;
    pthread_join(t, 0);
    return 0;
}
