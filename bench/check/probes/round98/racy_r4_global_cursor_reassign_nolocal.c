/* TRUTH: racy — main locks cursor->mutex (A), sets cursor = &B, writes cursor->datum (B.datum) and unlocks A.mutex; the auditor writes B.datum under B.mutex. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct acct { pthread_mutex_t mutex; int datum; struct acct *next; };

static struct acct B = { PTHREAD_MUTEX_INITIALIZER, 0, NULL };
static struct acct A = { PTHREAD_MUTEX_INITIALIZER, 0, &B };

/* the auditor updates B under B's own mutex */
static void *auditor(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&B.mutex);
    B.datum += 10;
    pthread_mutex_unlock(&B.mutex);
    return NULL;
}

static struct acct *cursor = &A;

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_mutex_lock(&cursor->mutex);
    cursor = &B;
    cursor->datum++;
    pthread_mutex_unlock(&A.mutex);
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
