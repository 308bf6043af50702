/* TRUTH: free — args are (void *)(i % 4) for i = 0..3, i.e. 0,1,2,3: distinct, each thread writes its own out element. */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *p) { out[(long)p] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)(i % 4));
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return out[0];
}
