/* TRUTH: free — worker i writes only out[i]; `for (p = t; p < t + N; p++) pthread_join(*p, 0)` joins every handle before main writes out[0..2]. */
#include <pthread.h>
#define N 3
int out[N];
void *w(void *a) { out[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    for (pthread_t *p = t; p < t + N; p++)
        pthread_join(*p, 0);
    out[0] = out[1] = out[2] = 0;
    return 0;
}
