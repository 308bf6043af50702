/* TRUTH: racy. two readers hold the read lock together and both do hits++ on a plain counter. */
#include <pthread.h>
#include <stdio.h>
#define SZ 8
static int keys[SZ], vals[SZ];
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long hits;

static int lookup(int k)
{
    int v = -1;
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < SZ; i++)
        if (keys[i] == k) {
            v = vals[i];
            break;
        }
    hits++;
    pthread_rwlock_unlock(&rw);
    return v;
}

static void *reader(void *p)
{
    (void)p;
    for (int k = 0; k < 4; k++)
        (void)lookup(k);
    return NULL;
}

int main(void)
{
    pthread_t r1, r2;
    for (int i = 0; i < SZ; i++)
        keys[i] = vals[i] = i;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    printf("%ld\n", hits);
    return 0;
}
