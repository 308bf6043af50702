/* TRUTH: free — main fills config[] before creating the readers and rewrites it only after joining them all */
#include <pthread.h>

#define N 3
int config[4];

void *reader(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += config[i];
    return (void *)(long)s;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < 4; i++)
        config[i] = i * i;
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, reader, 0);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    for (int i = 0; i < 4; i++)
        config[i] = 0;
    return 0;
}
