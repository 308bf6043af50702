/* TRUTH: free — atomicity violation but NOT a data race: each thread reads stock in one critical section and writes stock in a second critical section, both under sm; every access to stock holds sm, so all accesses are ordered (lost updates are possible, races are not). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;
static int stock = 10;

static void *take_one(void *a)
{
    (void)a;
    pthread_mutex_lock(&sm);
    int seen = stock;
    pthread_mutex_unlock(&sm);

    pthread_mutex_lock(&sm);
    stock = seen - 1;
    pthread_mutex_unlock(&sm);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, take_one, NULL);
    pthread_create(&b, NULL, take_one, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stock);
    return 0;
}
