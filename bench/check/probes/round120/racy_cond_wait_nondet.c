/* TRUTH: racy — the consumer waits for the producer only when nondet()!=0; on the 0 path (TSan run with NONDET=0) it reads data while the producer writes it */
#include <pthread.h>
#include <unistd.h>

extern int __VERIFIER_nondet_int(void);

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int done;
int data;

void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        data = data + 1;
        usleep(1000);
    }
    pthread_mutex_lock(&m);
    done = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return 0;
}

void *consumer(void *arg)
{
    int wait = *(int *)arg;
    if (wait) {
        pthread_mutex_lock(&m);
        while (!done)
            pthread_cond_wait(&cv, &m);
        pthread_mutex_unlock(&m);
    }
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += data;
        usleep(1000);
    }
    return (void *)(long)s;
}

int main(void)
{
    pthread_t p, c;
    int w = __VERIFIER_nondet_int();
    pthread_create(&p, 0, producer, 0);
    pthread_create(&c, 0, consumer, &w);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
