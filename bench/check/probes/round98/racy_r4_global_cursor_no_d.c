/* TRUTH: racy — m is taken from the global cursor (&A), then rotate() moves cursor to &B and main writes cursor->datum (B.datum) holding A's mutex. */
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
static void rotate(void) { if (cursor->next) cursor = cursor->next; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_mutex_t *m = &cursor->mutex;
    pthread_mutex_lock(m);
    rotate();
    cursor->datum++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
