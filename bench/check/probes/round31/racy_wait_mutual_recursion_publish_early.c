/* TRUTH: racy. Same protocol as free_wait_mutual_recursion.c, but the first thread sets its flag under m BEFORE its plain write (cache[0] = 1;, cache[1] = 2;); the second thread, started once main saw the flag, accesses the same object concurrently with that write. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int phase;
static int cache[4];

static void *init_thread(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    phase = 1;
    pthread_mutex_unlock(&m);
    cache[0] = 1;
    cache[1] = 2;
    return NULL;
}

static void *serve_thread(void *arg)
{
    (void)arg;
    cache[1] = cache[0] + 10;
    return NULL;
}

static int read_phase(void)
{
    pthread_mutex_lock(&m);
    int p = phase;
    pthread_mutex_unlock(&m);
    return p;
}

static void wait_b(void);

static void wait_a(void)
{
    if (read_phase() != 1)
        wait_b();
}

static void wait_b(void)
{
    sched_yield();
    wait_a();
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, init_thread, NULL);
    wait_a();
    pthread_create(&b, NULL, serve_thread, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cache[1]);
    return 0;
}
