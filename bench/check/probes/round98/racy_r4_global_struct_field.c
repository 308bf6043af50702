/* TRUTH: racy — the global state.cur moves from &A to &B between taking m and d. */
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

static struct { struct acct *cur; int n; } state;

int main(int argc, char **argv)
{
    pthread_t t;
    (void)argv;
    pthread_create(&t, NULL, auditor, NULL);
    state.cur = &A;
    pthread_mutex_t *m = &state.cur->mutex;
    state.cur = state.cur->next;
    int *d = &state.cur->datum;
    pthread_mutex_lock(m);
    (*d)++;
    pthread_mutex_unlock(m);
    pthread_join(t, NULL);
    printf("%d %d\n", A.datum, B.datum);
    return 0;
}
