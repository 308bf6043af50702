// free: twin of racy_vi_cast_bool_arg: each thread is handed i itself.
#include <pthread.h>
#include <stdint.h>
#define N 3
static int out[N];
static void *worker(void *arg)
{
    out[(intptr_t)arg] += 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[1];
}
