/* TRUTH: free. The worker holds m at the top of every iteration (taken before the loop, retaken at the end of each body), so each write to x is locked. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static volatile int sink;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < 4; i++) {
        x++;
        pthread_mutex_unlock(&m);
        sink = i;
        pthread_mutex_lock(&m);
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
