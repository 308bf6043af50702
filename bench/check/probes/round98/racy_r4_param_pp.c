/* TRUTH: racy — bump() takes m from *pp (&A), advances *pp to &B, then takes d; B.datum is written under A's mutex. */
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

static void bump(struct acct **pp)
{
    pthread_mutex_t *m = &(*pp)->mutex;
    *pp = (*pp)->next;
    int *d = &(*pp)->datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
}

int main(void)
{
    pthread_t t;
    struct acct *cur = &A;
    pthread_create(&t, NULL, auditor, NULL);
    bump(&cur);
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
