/* TRUTH: free. Both switch arms keep m held through x++ and the unlock follows, so every write to x is locked. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x, evens;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&m);
        switch (i % 2) {
        case 0:
            evens++;
            break;
        default:
            break;
        }
        x++;
        pthread_mutex_unlock(&m);
    }
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
    printf("%d %d\n", x, evens);
    return 0;
}
