/* TRUTH: racy. main takes the ticket lock before starting the threads and never releases it; the 'opener' thread releases it on main's behalf (serving++) and then keeps writing 'setup_step', while the worker, admitted by that release, reads setup_step: the write after the release races with the worker's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int setup_step;

static void t_lock(void)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
}

static void t_unlock(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static void *opener(void *arg)
{
    (void)arg;
    setup_step = 1;
    t_unlock(); /* hands main's hold to the next ticket */
    setup_step = 2; /* bug: after the hand-off */
    return NULL;
}

static void *worker(void *arg)
{
    (void)arg;
    t_lock();
    printf("%d\n", setup_step);
    t_unlock();
    return NULL;
}

int main(void)
{
    pthread_t o, w;
    t_lock();
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&o, NULL, opener, NULL);
    pthread_join(o, NULL);
    pthread_join(w, NULL);
    return 0;
}
