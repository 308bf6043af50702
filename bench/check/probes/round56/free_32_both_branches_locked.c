/* TRUTH: free — on both branches of the rand()-driven choice (decided in main, passed by value) the worker takes `m` before touching `cache`; main reads after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cache[4];

static void *worker(void *arg)
{
    int choice = (int)(long)arg;
    if (choice & 1) {
        pthread_mutex_lock(&m);
        cache[0] += 1;
        pthread_mutex_unlock(&m);
    } else {
        pthread_mutex_lock(&m);
        for (int i = 0; i < 4; i++)
            cache[i] = -1;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    srand(7);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)(long)rand());
    pthread_create(&b, NULL, worker, (void *)(long)rand());
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cache[0]);
    return 0;
}
