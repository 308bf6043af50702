/* TRUTH: racy — the global index moves from 0 to 1 between taking m and d; accts[1].datum written under accts[0]'s mutex. */
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

static int cur_idx;
static void next_idx(void) { cur_idx = (cur_idx + 1) % 2; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_mutex_t *m = &accts[cur_idx].mutex;
    next_idx();
    int *d = &accts[cur_idx].datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
