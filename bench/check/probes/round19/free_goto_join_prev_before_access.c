/* TRUTH: race-free. Each later pass joins the previous f (writes x) before main writes x; the last one is joined too. */
#include <pthread.h>
int x;
void *f(void *a) { x = 7; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
again:
    if (i > 0)
        pthread_join(t, 0);
    x = i;
    if (i < 2) {
        pthread_create(&t, 0, f, 0);
        i++;
        goto again;
    }
    return 0;
}
