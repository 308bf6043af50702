/* TRUTH: race-free. Pass 2 jumps to done, which joins f (writes x) before writing x. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
loop:
    if (i > 0)
        goto done;
    pthread_create(&t, 0, f, 0);
    i = 1;
    if (i == 1)
        goto loop;
    return 0;
done:
    pthread_join(t, 0);
    x = 1;
    return 0;
}
