/* TRUTH: racy — both threads call rand_r(&seed) on the one global seed, which rand_r reads and writes, unordered. */
#include <pthread.h>
#include <stdlib.h>
unsigned seed = 7;
void *w(void *p) { return (void *)(long)rand_r(&seed); }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
