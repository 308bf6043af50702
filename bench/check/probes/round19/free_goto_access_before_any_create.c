/* TRUTH: race-free. The goto loop writing x finishes before f is started; x++ after the join. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    x += i;
    if (++i < 3)
        goto again;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    x++;
    return 0;
}
