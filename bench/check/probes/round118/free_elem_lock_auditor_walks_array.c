/* TRUTH: free — workers update accts[id].bal under accts[id].lock (taken through a local pointer); the auditor walks the array and reads each balance under that element's lock */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct acct { pthread_mutex_t lock; long bal; };
static struct acct accts[N];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int k = 0; k < 500; k++) {
        struct acct *p = &accts[id];
        pthread_mutex_lock(&p->lock);
        accts[id].bal++;
        pthread_mutex_unlock(&p->lock);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    (void)arg;
    long s = 0;
    for (int k = 0; k < 100; k++)
        for (int i = 0; i < N; i++) {
            struct acct *a = accts + i;
            pthread_mutex_lock(&a->lock);
            s += a->bal;
            pthread_mutex_unlock(&a->lock);
        }
    return (void *)s;
}

int main(void)
{
    pthread_t t[N], au;
    for (long i = 0; i < N; i++)
        pthread_mutex_init(&accts[i].lock, NULL);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_create(&au, NULL, auditor, NULL);
    for (long i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    pthread_join(au, NULL);
    printf("%ld\n", accts[0].bal);
    return 0;
}
