/* TRUTH: racy — local counts are thread-local, but the flush into the global total is unlocked */
#include <pthread.h>
#include <stdio.h>

static _Thread_local long local_count;
static long global_count;

static void flush(void)
{
    global_count += local_count;
    local_count = 0;
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        local_count++;
    flush();
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", global_count);
    return 0;
}
