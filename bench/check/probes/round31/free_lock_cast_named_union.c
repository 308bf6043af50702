/* TRUTH: race-free. Both threads lock the same mutex: one as (pthread_mutex_t *)&box.u (a union whose members all start at offset 0), the other as &box.u.mu. count is only written holding it. */
#include <pthread.h>
#include <stdio.h>

struct box {
    union {
        pthread_mutex_t mu;
        char pad[64];
    } u;
    long count;
};
static struct box box = { .u = { .mu = PTHREAD_MUTEX_INITIALIZER } };

static void *inc_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&box.u);
    box.count++;
    pthread_mutex_unlock((pthread_mutex_t *)&box.u);
    return NULL;
}

static void *inc_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&box.u.mu);
    box.count += 2;
    pthread_mutex_unlock(&box.u.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inc_a, NULL);
    pthread_create(&b, NULL, inc_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", box.count);
    return 0;
}
