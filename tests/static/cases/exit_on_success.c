// An exit taken when a thread API call succeeds is no error path. pthread_mutex_lock,
// pthread_mutex_unlock, pthread_create... return 0 whenever they succeed, so a test of
// that result (rc == 0, !pthread_mutex_lock(&m)) has one value on every run the program
// means to make (an error-checking or robust mutex may still answer otherwise, so the
// other branch is not dropped):
// - a helper given it (check(pthread_mutex_lock(&m)) with check leaving on !ok, directly
//   or through a function pointer), or an if in place (if (rc == 0) pthread_exit(0);),
//   may leave on every run: what follows is only possible;
// - taken on the failure (if (pthread_mutex_lock(&m) != 0) exit(1);, check(rc == 0)) it
//   is an error path: what follows is reached (definite).
// A counter's value after its loop (int i; for (i = 0; i < 3; i++);) is the same on every
// run too: leaving on it is no error path.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int a, b, c, d, e, f;

static void check(int ok)
{
    if (!ok) {
        fprintf(stderr, "failed\n");
        pthread_exit(NULL);
    }
}
static void (*on_check)(int) = check;

static void *inverted(void *arg)
{
    (void)arg;
    check(pthread_mutex_lock(&m)); /* 0 on success: check leaves */
    a = 1; // RACE (possible): never reached, but not proved so
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *inverted_by_pointer(void *arg)
{
    (void)arg;
    on_check(pthread_mutex_unlock(&m) != 0); /* (unlocking a mutex not held: the error path aside, 0) */
    b = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *success_inline(void *arg)
{
    (void)arg;
    int rc = pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    if (rc == 0)
        pthread_exit(NULL);
    c = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *failure_paths(void *arg)
{
    (void)arg;
    if (pthread_mutex_lock(&m) != 0)
        exit(1);
    pthread_mutex_unlock(&m);
    check(pthread_mutex_lock(&m) == 0);
    pthread_mutex_unlock(&m);
    d = 1; // RACE (definite): the exits are error paths
    return NULL;
}

static void *counter(void *arg)
{
    (void)arg;
    int i;
    for (i = 0; i < 3; i++)
        ;
    if (i == 3)
        pthread_exit(NULL);
    e = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *plain(void *arg)
{
    (void)arg;
    f = 1; // RACE (definite)
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3, t4, t5, t6;
    if (pthread_create(&t1, NULL, inverted, NULL) || pthread_create(&t2, NULL, inverted_by_pointer, NULL) ||
        pthread_create(&t3, NULL, success_inline, NULL) || pthread_create(&t4, NULL, failure_paths, NULL) ||
        pthread_create(&t5, NULL, counter, NULL) || pthread_create(&t6, NULL, plain, NULL))
        return 1;
    a = b = c = d = e = f = 2;
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);
    pthread_join(t5, NULL);
    pthread_join(t6, NULL);
    return 0;
}
