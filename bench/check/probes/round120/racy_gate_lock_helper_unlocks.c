/* TRUTH: racy — main holds m across the create but calls log_progress(), which drops and retakes m; the reader passes its lock/unlock gate in that window and reads data while main writes it */
#include <pthread.h>
#include <unistd.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;

static void log_progress(void)
{
    pthread_mutex_unlock(&m);
    usleep(3000);
    pthread_mutex_lock(&m);
}

void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    long s = 0;
    for (int i = 0; i < 20; i++) {
        s += data;
        usleep(1000);
    }
    return (void *)s;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&m);
    pthread_create(&t, 0, reader, 0);
    log_progress();
    for (int i = 0; i < 20; i++) {
        data = i;
        usleep(1000);
    }
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
