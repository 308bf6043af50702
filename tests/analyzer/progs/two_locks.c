/* Test program: two threads take two locks in opposite orders, one after the other, so it never deadlocks. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static int shared;

static void *a_then_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_a); /* SITE a_then_b held */
    pthread_mutex_lock(&lock_b); /* SITE a_then_b acquired */
    shared++;
    pthread_mutex_unlock(&lock_b);
    pthread_mutex_unlock(&lock_a);
    return NULL;
}

static void *b_then_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_b); /* SITE b_then_a held */
    pthread_mutex_lock(&lock_a); /* SITE b_then_a acquired */
    shared++;
    pthread_mutex_unlock(&lock_a);
    pthread_mutex_unlock(&lock_b);
    return NULL;
}

int main(void)
{
    pthread_t t;
    /* Joined before the second starts: the inversion is there, the deadlock is not. */
    pthread_create(&t, NULL, a_then_b, NULL);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, b_then_a, NULL);
    pthread_join(t, NULL);
    printf("%d\n", shared);
    return 0;
}
