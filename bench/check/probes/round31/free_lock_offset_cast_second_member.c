/* TRUTH: race-free. One thread names the second member mutex by byte offset ((char *)&st + offsetof(struct stats, mu)), the other as &st.mu: same mutex; n is only written holding it. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

struct stats { long n; pthread_mutex_t mu; };
static struct stats st = { 0, PTHREAD_MUTEX_INITIALIZER };

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_t *l = (pthread_mutex_t *)((char *)&st + offsetof(struct stats, mu));
    pthread_mutex_lock(l);
    st.n += 3;
    pthread_mutex_unlock(l);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&st.mu);
    st.n -= 1;
    pthread_mutex_unlock(&st.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", st.n);
    return 0;
}
