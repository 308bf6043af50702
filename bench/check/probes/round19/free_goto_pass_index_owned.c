/* TRUTH: race-free. Each thread writes only its own slot[i] (distinct i per pass); main reads after joining both. */
#include <pthread.h>
int slot[2];
void *f(void *a) {
    int *p = a;
    *p = 1;
    return 0;
}
int main(void) {
    pthread_t t[2];
    int i = 0;
again:
    pthread_create(&t[i], 0, f, &slot[i]);
    if (++i < 2)
        goto again;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return slot[0] + slot[1];
}
