/* TRUTH: free — three instances of one start routine run, but only the one with id 0 writes leader_val; the others write only their own part[id]; main reads after joining */
#include <pthread.h>

#define N 3
int leader_val;
int part[N];

void *worker(void *arg)
{
    long id = (long)arg;
    if (id == 0) {
        for (int i = 0; i < 10; i++)
            leader_val += i;
    } else {
        part[id] = (int)id;
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
    return leader_val + part[1] + part[2] == 48 ? 0 : 1;
}
