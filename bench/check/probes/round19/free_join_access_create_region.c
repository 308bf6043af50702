/* TRUTH: race-free. Each pass joins the previous thread (x++) before main's x++ and starting the next one; the last is joined too. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
    pthread_create(&t, 0, f, 0);
again:
    pthread_join(t, 0);
    x++;
    pthread_create(&t, 0, f, 0);
    if (++i < 3)
        goto again;
    pthread_join(t, 0);
    x++;
    return 0;
}
