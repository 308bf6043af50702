/* TRUTH: free — counter is _Thread_local; each thread increments only its own copy and publishes the total through its own result slot */
#include <pthread.h>

#define N 3
_Thread_local int counter;
int result[N];

static void tick(void)
{
    counter++;
}

void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 100; i++)
        tick();
    result[id] = counter;
    return 0;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    tick();
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return result[0] + result[1] + result[2] + counter == 301 ? 0 : 1;
}
