/* TRUTH: racy. m is recursive; refill() locks it twice and unlocks twice, and then updates `stock` believing it still holds m, while drain() updates stock holding m: the two updates of stock can overlap. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m;
static int stock;

static void *refill(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    stock += 5;
    pthread_mutex_unlock(&m);
    pthread_mutex_unlock(&m); /* count back to 0: released */
    stock += 1;               /* unprotected */
    return NULL;
}

static void *drain(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    stock -= 3;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &at);
    pthread_create(&a, NULL, refill, NULL);
    pthread_create(&b, NULL, drain, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stock);
    return 0;
}
