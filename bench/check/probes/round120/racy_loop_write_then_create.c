/* TRUTH: racy — main writes cfg and then creates a reader in each loop iteration; the write of a later iteration races with the earlier readers */
#include <pthread.h>
#include <unistd.h>

#define N 3
int cfg;

void *reader(void *arg)
{
    (void)arg;
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += cfg;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        cfg = i * 10;
        pthread_create(&t[i], 0, reader, 0);
        usleep(3000);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return 0;
}
