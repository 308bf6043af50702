/* TRUTH: race-free. writer fills msg[] and then calls post(), a release fence followed by a
   relaxed store of posted; reader calls await_post(), a relaxed spin followed by an acquire
   fence, before reading msg[]. Each helper is called once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int posted;
static char msg[16];

static void post(void)
{
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&posted, 1, memory_order_relaxed);
}

static void await_post(void)
{
    while (!atomic_load_explicit(&posted, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
}

static void *writer(void *arg)
{
    (void)arg;
    msg[0] = 'o';
    msg[1] = 'k';
    msg[2] = '\0';
    post();
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    await_post();
    puts(msg);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
