/* TRUTH: free — the mutex is taken in enter() and released in leave(), separate functions; every access of queue_len lies between them */
#include <pthread.h>

static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
int queue_len;

static void enter(void)
{
    pthread_mutex_lock(&qm);
}

static void leave(void)
{
    pthread_mutex_unlock(&qm);
}

void *worker(void *arg)
{
    long d = (long)arg;
    for (int i = 0; i < 50; i++) {
        enter();
        queue_len += (int)d;
        leave();
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)1);
    pthread_create(&b, 0, worker, (void *)-1);
    enter();
    int peek = queue_len;
    leave();
    pthread_join(a, 0);
    pthread_join(b, 0);
    return queue_len == 0 && peek <= 50 ? 0 : 1;
}
