/* TRUTH: racy — i is 0 and j is 1 (argc_g == 1, never changed); m is accts[0]'s mutex, d is accts[1].datum, which the auditor writes under accts[1].mutex. */
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

static int argc_g = 1;

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    int i = argc_g > 5, j = argc_g > 0;
    pthread_mutex_t *m = &accts[i].mutex;
    int *d = &accts[j].datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
