/* TRUTH: free — each thread stores its own malloc'ed buffer under a pthread key; the key is created before the threads */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t buf_key;

static char *thread_buf(void)
{
    char *b = pthread_getspecific(buf_key);
    if (!b) {
        b = malloc(64);
        if (!b)
            abort();
        pthread_setspecific(buf_key, b);
    }
    return b;
}

static void *worker(void *arg)
{
    char *b = thread_buf();
    snprintf(b, 64, "worker %ld", (long)arg);
    puts(thread_buf());
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    pthread_key_create(&buf_key, free);
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    pthread_key_delete(buf_key);
    return 0;
}
