// A second name of one symbol: an asm label on a declaration and an alias attribute name
// the object they stand for, so a lock taken by either name is the same lock.
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
extern pthread_mutex_t m_label __asm__("m");
pthread_mutex_t n = PTHREAD_MUTEX_INITIALIZER;
extern pthread_mutex_t n_alias __attribute__((alias("n")));
static int by_label, by_alias;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m_label);
    by_label++; // NORACE: m_label is m
    pthread_mutex_unlock(&m_label);
    pthread_mutex_lock(&n_alias);
    by_alias++; // NORACE: n_alias is n
    pthread_mutex_unlock(&n_alias);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    by_label++; // NORACE
    pthread_mutex_unlock(&m);
    pthread_mutex_lock(&n);
    by_alias++; // NORACE
    pthread_mutex_unlock(&n);
    pthread_join(t, NULL);
    return 0;
}
