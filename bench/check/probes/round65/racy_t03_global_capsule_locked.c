/* TRUTH: racy — one global capsule, filled and read under a lock; the trampolines sleep before reading it, so both read the last routine (work_b) and both run b_count++ unsynchronized */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
struct cap { void (*fn)(void *); void *arg; };
static struct cap g_cap;
static pthread_mutex_t cap_lock = PTHREAD_MUTEX_INITIALIZER;
static int a_count, b_count;
static void work_a(void *arg) { (void)arg; a_count++; }
static void work_b(void *arg) { (void)arg; b_count++; }
static void *tramp(void *p)
{
    struct cap *c = p;
    usleep(100000);
    pthread_mutex_lock(&cap_lock);
    void (*fn)(void *) = c->fn;
    void *arg = c->arg;
    pthread_mutex_unlock(&cap_lock);
    fn(arg);
    return NULL;
}
static void launch(pthread_t *t, void (*fn)(void *), void *arg)
{
    pthread_mutex_lock(&cap_lock);
    g_cap.fn = fn;
    g_cap.arg = arg;
    pthread_mutex_unlock(&cap_lock);
    pthread_create(t, NULL, tramp, &g_cap);
}
int main(void)
{
    pthread_t t1, t2;
    launch(&t1, work_a, NULL);
    launch(&t2, work_b, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a_count + b_count;
}
