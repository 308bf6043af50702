/* TRUTH: racy — C11 7.22.2.1p3: rand is not required to avoid data races with other calls to pseudo-random sequence generation functions (srand); t1 calls rand, t2 srand, concurrently. */
#include <pthread.h>
#include <stdlib.h>
void *t1(void *p) { return (void *)(long)rand(); }
void *t2(void *p) { srand(7); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
