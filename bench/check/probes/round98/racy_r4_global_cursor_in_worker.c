/* TRUTH: racy — the worker takes m from the global cursor (&A), moves the cursor to &B, then writes cur->datum (B.datum) holding A.mutex; the auditor writes B.datum under B.mutex. */
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

static struct acct *cur = &A;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_t *m = &cur->mutex;
    pthread_mutex_lock(m);
    cur = cur->next;
    cur->datum++;
    pthread_mutex_unlock(m);
    return NULL;
}

int main(void)
{
    pthread_t t, w;
    pthread_create(&t, NULL, auditor, NULL);
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
