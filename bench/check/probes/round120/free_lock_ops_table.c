/* TRUTH: free — both threads bracket every access of x with g_ops.lock()/g_ops.unlock(), function pointers to wrappers around the one mutex m */
#include <pthread.h>

struct lock_ops {
    void (*lock)(void);
    void (*unlock)(void);
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;

static void do_lock(void) { pthread_mutex_lock(&m); }
static void do_unlock(void) { pthread_mutex_unlock(&m); }

struct lock_ops g_ops = { do_lock, do_unlock };

void *worker(void *arg)
{
    long d = (long)arg;
    for (int i = 0; i < 100; i++) {
        g_ops.lock();
        x += (int)d;
        g_ops.unlock();
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)1);
    pthread_create(&b, 0, worker, (void *)-1);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
