/* TRUTH: racy — no local pointers: main locks accts[i].mutex with i == 0, increments i, writes accts[i].datum (accts[1]) and unlocks accts[0]; the auditor holds accts[1].mutex. */
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
    int i = 0;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_mutex_lock(&accts[i].mutex);
    i++;
    accts[i].datum++;
    pthread_mutex_unlock(&accts[0].mutex);
    pthread_join(t, NULL);
    printf("%d %d\n", accts[0].datum, accts[1].datum);
    return 0;
}
