/* TRUTH: racy. The dispatcher thread creates helpers in a loop and increments dispatched after each create, while each helper also increments dispatched. */
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
    pthread_t h[2];
    (void)arg;
    for (int i = 0; i < 2; i++) {
        pthread_create(&h[i], NULL, helper, NULL);
        dispatched++;
    }
    for (int i = 0; i < 2; i++)
        pthread_join(h[i], NULL);
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
