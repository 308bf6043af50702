/* TRUTH: racy. `opportunist` updates `pending` in the branch where pthread_mutex_trylock returned EBUSY, i.e. exactly when `owner` holds m and may be updating pending itself: the two `pending++` run concurrently. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending;

static void *owner(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pending++;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *opportunist(void *arg)
{
    (void)arg;
    if (pthread_mutex_trylock(&m) == EBUSY) {
        pending++; /* lock NOT held here */
    } else {
        pending--;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, owner, NULL);
    pthread_create(&b, NULL, opportunist, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", pending);
    return 0;
}
