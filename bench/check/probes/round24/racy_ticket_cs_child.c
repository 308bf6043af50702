/* TRUTH: racy. Inside its critical section the first worker starts a helper thread (not joined there) that writes log_len; the helper may run after the release, concurrently with the other worker's log_len++ inside its own critical section. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int log_len;
static pthread_t helper_tid;

static void *helper(void *arg)
{
    (void)arg;
    log_len += 5;
    return NULL;
}

static void *first(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    log_len++;
    pthread_create(&helper_tid, NULL, helper, NULL);
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    log_len++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(helper_tid, NULL);
    printf("%d\n", log_len);
    return 0;
}
