/* TRUTH: racy. A goto out of a for loop back to a label above it: round 1 writes x while round 0's thread (reads x) may run. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[2];
    int round = 0;
again:
    x = round;
    for (int j = 0; j < 3; j++) {
        if (j == 1) {
            pthread_create(&t[round], 0, f, 0);
            if (++round < 2)
                goto again;
        }
    }
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
