/* TRUTH: free — rand_r uses only the caller's seed; each thread passes its own local seed. */
#include <pthread.h>
#include <stdlib.h>
void *w(void *p) { unsigned seed = 7; return (void *)(long)rand_r(&seed); }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
