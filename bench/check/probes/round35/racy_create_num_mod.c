/* TRUTH: racy — args are (void *)(long)(i % 2) for i = 0..3: threads 0 and 2 both get 0 and write out[0], unordered. */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *p) { out[(long)p] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)(i % 2));
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return out[0];
}
