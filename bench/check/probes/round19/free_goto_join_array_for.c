/* TRUTH: race-free. All four readers are joined by a for loop before main writes x. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t[4];
    int i = 0;
again:
    pthread_create(&t[i], 0, f, 0);
    if (++i < 4)
        goto again;
    for (i = 0; i < 4; i++)
        pthread_join(t[i], 0);
    x = 1;
    return 0;
}
