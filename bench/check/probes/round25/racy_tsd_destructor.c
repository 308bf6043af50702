/* TRUTH: racy. The key destructor cleanup() runs in worker's thread when worker exits (it set a non-NULL value), and writes log_count; main writes log_count before joining worker: cleanup's write in worker and main's write are unordered. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t key;
int log_count;

static void cleanup(void *p)
{
    log_count++;
    free(p);
}

void *worker(void *arg)
{
    (void)arg;
    pthread_setspecific(key, malloc(16));
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_key_create(&key, cleanup);
    pthread_create(&t, NULL, worker, NULL);
    log_count = 10;
    pthread_join(t, NULL);
    printf("%d\n", log_count);
    return 0;
}
