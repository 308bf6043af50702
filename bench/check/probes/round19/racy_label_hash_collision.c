/* TRUTH: racy. Pass 2 writes x while f (writes x) may run. (Labels l_rfpz and l_obcge share a 31-bit FNV-1a hash.) */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int i = 0;
l_rfpz:
    if (i == 1)
        x = 1;
    if (i == 0)
        pthread_create(&t, 0, f, 0);
    if (++i < 2)
        goto l_rfpz;
    if (i > 5)
        goto l_obcge;
    pthread_join(t, 0);
    return 0;
l_obcge:
    return 1;
}
