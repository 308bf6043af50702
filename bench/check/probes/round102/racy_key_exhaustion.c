/* TRUTH: racy — creating 2000 thread-specific keys exceeds PTHREAD_KEYS_MAX (1024), so pthread_key_create fails (EAGAIN) and note_key() writes exhausted while the reader thread reads it unsynchronized */
#include <pthread.h>
#include <stdio.h>

static int exhausted;
static pthread_key_t keys[2000];

static void note_key(int rc)
{
    if (rc != 0)
        exhausted = 1;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", exhausted);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    for (int i = 0; i < 2000; i++)
        note_key(pthread_key_create(&keys[i], NULL));
    pthread_join(t, NULL);
    return 0;
}
