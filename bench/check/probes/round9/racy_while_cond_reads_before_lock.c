/* TRUTH: racy. The loop condition reads pending before the lock is taken, racing with the other consumer's locked decrement. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending = 100;

static void *consumer(void *arg)
{
    int *taken = arg;
    while (pending > 0) {
        pthread_mutex_lock(&m);
        if (pending > 0) {
            pending--;
            (*taken)++;
        }
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ta = 0, tb = 0;
    pthread_create(&a, NULL, consumer, &ta);
    pthread_create(&b, NULL, consumer, &tb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", ta, tb);
    return 0;
}
