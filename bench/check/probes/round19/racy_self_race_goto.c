/* TRUTH: racy. Two instances of f (x++) run at once; both are started by a goto loop before any join. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
int main(void) {
    pthread_t t[2];
    int i = 0;
again:
    pthread_create(&t[i], 0, f, 0);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
