/* TRUTH: racy — the lock is chosen by key % 2 but the slot by key / 2; thread A (key 0) locks lk[0] and thread B (key 1) locks lk[1], yet both write table[0]; the writes are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lk[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int table[4];

static void put(int key, int v)
{
    pthread_mutex_t *m = &lk[key % 2];
    pthread_mutex_lock(m);
    table[key / 2] += v;
    pthread_mutex_unlock(m);
}

static void *putter(void *a)
{
    int key = (int)(long)a;
    put(key, key + 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, putter, (void *)0L);
    pthread_create(&b, NULL, putter, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table[0]);
    return 0;
}
