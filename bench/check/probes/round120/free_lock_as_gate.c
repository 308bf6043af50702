/* TRUTH: free — main holds m from before creating the reader until after writing data; the reader's lock/unlock of m cannot complete before main's unlock, so its later unlocked read of data is ordered after main's write; main does not touch data again */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;

void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    return (void *)(long)data;
}

int main(void)
{
    pthread_t t;
    void *r;
    pthread_mutex_lock(&m);
    pthread_create(&t, 0, reader, 0);
    data = 42;
    pthread_mutex_unlock(&m);
    pthread_join(t, &r);
    return (long)r == 42 ? 0 : 1;
}
