/* TRUTH: race-free. loader writes table[] then sets ready=1 under m; main polls ready under m until it is 1, then starts reader; the reader's reads of table[] happen after loader's writes (unlock->lock, then create). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int table[8];

static void *loader(void *arg)
{
    (void)arg;
    table[1] = 1;
    table[3] = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    table[3] = table[3] + 1;
    printf("%d\n", table[3]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    for (;;) {
        pthread_mutex_lock(&m);
        int r = ready;
        pthread_mutex_unlock(&m);
        if (r)
            break;
    }
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    return 0;
}
