/* TRUTH: racy — transfer(0, 1) locks only accts[from].mutex but also credits accts[to].datum (accts[1]), which the auditor writes under accts[1].mutex. */
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
    struct acct *src = &accts[from];
    pthread_mutex_lock(&src->mutex);
    src->datum -= amount;
    accts[to].datum += amount;
    pthread_mutex_unlock(&src->mutex);
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
