/* TRUTH: free — each thread mallocs its own buffer and stores it under a pthread_key_t; get_buf() returns only the calling thread's buffer, so no buffer is touched by two threads; out[] indexed by distinct ids. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t buf_key;
static int out[2];

static int *get_buf(void)
{
    int *b = pthread_getspecific(buf_key);
    if (!b) {
        b = calloc(16, sizeof *b);
        pthread_setspecific(buf_key, b);
    }
    return b;
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int *b = get_buf();
    if (!b)
        return NULL;
    for (int i = 0; i < 16; i++)
        b[i] = i * (id + 1);
    out[id] = b[15];
    return NULL;
}

int main(void)
{
    pthread_key_create(&buf_key, free);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
