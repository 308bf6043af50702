/* TRUTH: racy. In the case 0 arm the worker unlocks and then break leaves only the switch, so x++ after the switch runs without m on even iterations, racing with main's locked write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&m);
        switch (i % 2) {
        case 0:
            pthread_mutex_unlock(&m);
            break;
        default:
            break;
        }
        x++;
        if (i % 2)
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
    printf("%d\n", x);
    return 0;
}
