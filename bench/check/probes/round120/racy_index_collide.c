/* TRUTH: racy — three threads write slot[id % 2]; ids 0 and 2 both map to slot[0] */
#include <pthread.h>
#include <unistd.h>

#define N 3
int slot[2];

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 20; i++) {
        slot[id % 2] += 1;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return slot[0] + slot[1] == 60 ? 0 : 1;
}
