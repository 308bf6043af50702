/* TRUTH: race-free. The stats struct's first member is an anonymous union holding the mutex; (pthread_mutex_t *)&st points at st.mu (C11 6.7.2.1p15/p16), the same mutex the other thread locks as &st.mu; both update st.hits under it. */
#include <pthread.h>
#include <stdio.h>

struct stats {
    union {
        pthread_mutex_t mu;
        long align_pad;
    };
    long hits;
};

static struct stats st = {.mu = PTHREAD_MUTEX_INITIALIZER};

static void *by_cast(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&st);
    st.hits++;
    pthread_mutex_unlock((pthread_mutex_t *)&st);
    return NULL;
}

static void *by_member(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&st.mu);
    st.hits++;
    pthread_mutex_unlock(&st.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, by_cast, NULL);
    pthread_create(&b, NULL, by_member, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", st.hits);
    return 0;
}
