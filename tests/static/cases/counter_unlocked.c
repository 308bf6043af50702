// Two threads increment a global counter without a lock.
#include <pthread.h>
#include <stdio.h>

int counter;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        counter++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    counter = 0; // NORACE: before any thread exists
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter); // NORACE: after both joins
    return 0;
}
