/* TRUTH: racy — m is taken once before the loop (accts[0]) but d walks both elements; accts[1].datum is written under accts[0].mutex. */
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

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    struct acct *p = &accts[0];
    pthread_mutex_t *m = &p->mutex;
    for (int i = 0; i < 2; i++, p++) {
        int *d = &p->datum;
        pthread_mutex_lock(m);
        (*d)++;
        pthread_mutex_unlock(m);
    }
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
