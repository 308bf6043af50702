/* TRUTH: race-free. main holds m from before starting the reader until after data = 5; the reader's lock of m therefore succeeds only after main's unlock, and it reads data after that; main reads data again only after the join. */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, NULL, reader, NULL);
    data = 5;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    data = 6;
    return 0;
}
