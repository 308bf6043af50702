/* TRUTH: racy — m is &accts[CHECKING].mutex (0) and d is &accts[SAVINGS].datum (1); accts[1].datum is written holding only accts[0].mutex while the auditor holds accts[1].mutex. */
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

enum { CHECKING, SAVINGS };

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_mutex_t *m = &accts[CHECKING].mutex;
    int *d = &accts[SAVINGS].datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
