/* TRUTH: racy. The struct has an atomic refs member and a plain last_user member; both threads write last_user without a lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct obj {
    atomic_int refs;
    int last_user;
};

static struct obj o;

static void *user(void *arg)
{
    int id = *(int *)arg;
    atomic_fetch_add(&o.refs, 1);
    o.last_user = id;
    atomic_fetch_sub(&o.refs, 1);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ia = 1, ib = 2;
    pthread_create(&a, NULL, user, &ia);
    pthread_create(&b, NULL, user, &ib);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", o.last_user);
    return 0;
}
