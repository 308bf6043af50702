/* TRUTH: race-free. fa writes ya, fb writes yb; main touches them only after joining both each pass. */
#include <pthread.h>
int ya, yb;
void *fa(void *a) { ya++; return 0; }
void *fb(void *a) { yb++; return 0; }
int main(void) {
    pthread_t a, b;
    int i = 0;
again:
    pthread_create(&a, 0, fa, 0);
    pthread_create(&b, 0, fb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    ya++;
    yb++;
    if (++i < 2)
        goto again;
    return 0;
}
