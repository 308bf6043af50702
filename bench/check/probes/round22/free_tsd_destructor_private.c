/* TRUTH: race-free. Each worker allocates its own buffer, stores it with pthread_setspecific and writes only that buffer; the key's destructor, run in each exiting thread, frees only that thread's own value. No memory is shared between threads (the key itself is created before the threads). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_key_t key;

static void release_buf(void *p)
{
    free(p);
}

static void *worker(void *arg)
{
    char *buf = malloc(64);
    if (!buf)
        return NULL;
    pthread_setspecific(key, buf);
    snprintf(buf, 64, "worker %ld", (long)arg);
    char *mine = pthread_getspecific(key);
    puts(mine);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_key_create(&key, release_buf);
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_key_delete(key);
    return 0;
}
