/* TRUTH: free. The dispatcher joins each helper before incrementing dispatched and before creating the next, so no accesses overlap. */
#include <pthread.h>
#include <stdio.h>

static int dispatched;

static void *helper(void *arg)
{
    (void)arg;
    dispatched++;
    return NULL;
}

static void *dispatcher(void *arg)
{
    pthread_t h;
    (void)arg;
    for (int i = 0; i < 2; i++) {
        pthread_create(&h, NULL, helper, NULL);
        pthread_join(h, NULL);
        dispatched++;
    }
    return NULL;
}

int main(void)
{
    pthread_t d;
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_join(d, NULL);
    printf("%d\n", dispatched);
    return 0;
}
