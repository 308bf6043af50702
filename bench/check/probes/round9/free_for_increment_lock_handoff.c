/* TRUTH: free. m is taken before the loop and retaken in the for-increment clause, so every iteration's x++ runs with m held; the final retake is released after the loop. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static volatile int sink;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < 3; i++, pthread_mutex_lock(&m)) {
        x++;
        pthread_mutex_unlock(&m);
        sink = i;
    }
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    x += 100;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", x);
    return 0;
}
