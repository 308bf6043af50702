/* TRUTH: racy — worker threads run bump(k) which locks accts[k].mutex, then does k = (k + 1) % 2 and writes accts[k].datum; worker 0 writes accts[1].datum under accts[0].mutex while the auditor holds accts[1].mutex. */
#include <pthread.h>
#include <stdio.h>

struct acct { pthread_mutex_t mutex; int datum; };

static struct acct accts[2] = {
    { PTHREAD_MUTEX_INITIALIZER, 0 },
    { PTHREAD_MUTEX_INITIALIZER, 0 },
};

/* the auditor updates accts[1] under its own mutex */
static void *auditor(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&accts[1].mutex);
    accts[1].datum += 10;
    pthread_mutex_unlock(&accts[1].mutex);
    return NULL;
}

static void *bumper(void *arg)
{
    int k = (int)(long)arg;
    pthread_mutex_t *m = &accts[k].mutex;
    pthread_mutex_lock(m);
    k = (k + 1) % 2;
    accts[k].datum++;
    pthread_mutex_unlock(m);
    return NULL;
}

int main(void)
{
    pthread_t t, b;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_create(&b, NULL, bumper, (void *)0L);
    pthread_join(b, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
