/* TRUTH: free. The worker takes m when i == 0, before its first write, and keeps it until after the loop, so all its writes to x are locked. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        if (i == 0)
            pthread_mutex_lock(&m);
        x++;
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
