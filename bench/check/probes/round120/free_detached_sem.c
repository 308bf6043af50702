/* TRUTH: free — a detached thread writes result and then posts done; main reads result only after sem_wait(done) */
#include <pthread.h>
#include <semaphore.h>

sem_t done;
int result;

void *bg(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 10; i++)
        s += i;
    result = s;
    sem_post(&done);
    return 0;
}

int main(void)
{
    pthread_t t;
    sem_init(&done, 0, 0);
    pthread_create(&t, 0, bg, 0);
    pthread_detach(t);
    sem_wait(&done);
    return result == 45 ? 0 : 1;
}
