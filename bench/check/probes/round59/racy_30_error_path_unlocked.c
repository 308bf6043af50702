/* TRUTH: racy — on the nondeterministic error path a worker writes err_count without the lock (then returns), while another worker can write err_count under the lock on the normal path; those two writes are unordered. */
#include <pthread.h>
#include <stdio.h>

extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int err_count;
static int processed;

static void *handle(void *arg)
{
    (void)arg;
    int rc = __VERIFIER_nondet_int();
    if (rc < 0) {
        err_count++;
        return NULL;
    }
    pthread_mutex_lock(&m);
    processed++;
    if (rc == 0)
        err_count++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, handle, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", err_count, processed);
    return 0;
}
