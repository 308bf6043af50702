/* TRUTH: racy — every thread writes soa.b[N - 1 - id + id] == soa.b[3] (besides its own soa.a[id]); those writes are unordered. */
#include <pthread.h>
#define N 4
struct { int a[N]; int b[N]; } soa;
void *w(void *p) { long id = (long)p; soa.a[id] = 1; soa.b[N - 1 - id + id] = 2; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return soa.a[0] + soa.b[3];
}
