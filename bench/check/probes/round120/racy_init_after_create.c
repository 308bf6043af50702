/* TRUTH: racy — main fills config[] after creating the readers, so their reads race with main's writes */
#include <pthread.h>
#include <unistd.h>

#define N 2
int config[4];

void *reader(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += config[i % 4];
        usleep(1000);
    }
    return (void *)(long)s;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], 0, reader, 0);
    for (int r = 0; r < 20; r++) {
        for (int i = 0; i < 4; i++)
            config[i] = i + r;
        usleep(1000);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return 0;
}
