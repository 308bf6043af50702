/* TRUTH: racy — transfer(0, 1) locks only the source's mutex but credits accts[1].datum through dst; the auditor writes accts[1].datum under accts[1].mutex. */
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

static void transfer(int from, int to, int amount)
{
    pthread_mutex_t *m = &accts[from].mutex;
    int *src = &accts[from].datum;
    int *dst = &accts[to].datum;
    pthread_mutex_lock(m);
    *src -= amount;
    *dst += amount;
    pthread_mutex_unlock(m);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    transfer(0, 1, 5);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
