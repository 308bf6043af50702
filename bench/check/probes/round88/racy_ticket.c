/* Racy: now_serving is a plain 'volatile unsigned' (volatile is not atomic): the holder's
   now_serving++ races with the waiters' spinning reads of it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 3
#define ITERS 200

static atomic_uint next_ticket;
static volatile unsigned now_serving;   /* BUG: should be atomic */
static int log_buf[NT * ITERS];
static int pos;

static void ticket_lock(void)
{
    unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (now_serving != my)
        ;
}

static void ticket_unlock(void)
{
    now_serving++;
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < ITERS; i++) {
        ticket_lock();
        log_buf[pos++] = id;
        ticket_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("pos=%d first=%d\n", pos, log_buf[0]);
    return 0;
}
