/* TRUTH: race-free. init()'s goto loop writes x[] before any thread starts; threads only read. */
#include <pthread.h>
int x[4];
void *f(void *a) {
    int s = 0;
    for (int k = 0; k < 4; k++)
        s += x[k];
    return (void *)(long)s;
}
static void init(void) {
    int i = 0;
again:
    x[i] = i;
    if (++i < 4)
        goto again;
}
int main(void) {
    pthread_t t[2];
    init();
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
