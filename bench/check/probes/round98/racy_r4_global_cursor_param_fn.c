/* TRUTH: racy — bump() takes m from the global cursor, calls next_account() which moves the cursor to &B, then writes cursor->datum; B.datum written under A's mutex. */
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
static void next_account(void) { cursor = cursor->next; }

static void bump(void)
{
    pthread_mutex_t *m = &cursor->mutex;
    int *d;
    next_account();
    d = &cursor->datum;
    pthread_mutex_lock(m);
    *d += 1;
    pthread_mutex_unlock(m);
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    bump();
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
