/* TRUTH: racy — both bump threads take only the READ side of rw and then write stats.count; read locks are shared, so the two writes of stats.count in the two threads are unordered. */
#include <pthread.h>

struct stats {
    pthread_rwlock_t rw;
    int count;
};

static struct stats st = { PTHREAD_RWLOCK_INITIALIZER, 0 };

static void *bump(void *unused)
{
    (void)unused;
    pthread_rwlock_rdlock(&st.rw);
    st.count = st.count + 1;
    pthread_rwlock_unlock(&st.rw);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, bump, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return st.count;
}
