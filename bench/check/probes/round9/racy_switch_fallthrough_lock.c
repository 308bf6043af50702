/* TRUTH: racy. mode 1 enters the switch at case 1, skipping the lock taken in case 0, so that worker writes x without m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    int mode = *(int *)arg;
    switch (mode) {
    case 0:
        pthread_mutex_lock(&m);
        /* fall through */
    case 1:
        x++;
        break;
    }
    if (mode == 0)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ma = 0, mb = 1;
    pthread_create(&a, NULL, worker, &ma);
    pthread_create(&b, NULL, worker, &mb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
