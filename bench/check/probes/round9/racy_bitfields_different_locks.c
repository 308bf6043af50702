/* TRUTH: racy. ready and error are adjacent bit-fields sharing one memory location, yet each is guarded by its own mutex, so the two locked writes still conflict. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t ready_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t error_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    unsigned ready : 1;
    unsigned error : 1;
} st;

static void *set_ready(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&ready_lock);
    st.ready = 1;
    pthread_mutex_unlock(&ready_lock);
    return NULL;
}

static void *set_error(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&error_lock);
    st.error = 1;
    pthread_mutex_unlock(&error_lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_ready, NULL);
    pthread_create(&b, NULL, set_error, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", st.ready, st.error);
    return 0;
}
