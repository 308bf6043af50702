/* TRUTH: race-free. the loop runs exactly once: main writes data before starting the reader and never writes it again; main reads it again only after the join. */
#include <pthread.h>
#include <stdio.h>

int data;

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (int i = 0; i < 1; i++) {
        data = i + 10;
        pthread_create(&t, NULL, reader, NULL);
    }
    pthread_join(t, NULL);
    printf("%d\n", data);
    return 0;
}
