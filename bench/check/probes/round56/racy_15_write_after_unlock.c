/* TRUTH: racy — each worker locks, reads `cursor` into a local, unlocks, then writes cursor = mine + 1 outside the lock; worker vs worker (write outside lock vs read/write of other). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cursor;
static int owner[64];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 8; i++) {
        pthread_mutex_lock(&m);
        int mine = cursor;
        pthread_mutex_unlock(&m);
        cursor = mine + 1;
        (void)id;
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", cursor, owner[0]);
    return 0;
}
