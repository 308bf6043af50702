/* TRUTH: race-free. maker (started once, by launcher, itself started once) writes table then sets ready under m; ready is stored nowhere else and starts 0; user reads ready under m until set, then reads table: maker's unlock precedes user's lock. */
#include <pthread.h>
#include <stdio.h>

int table[8];
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *maker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 8; i++)
        table[i] = 2 * i;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *launcher(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, maker, NULL);
    pthread_join(t, NULL);
    return NULL;
}

void *user(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", table[7]);
    return NULL;
}

int main(void)
{
    pthread_t l, u;
    pthread_create(&u, NULL, user, NULL);
    pthread_create(&l, NULL, launcher, NULL);
    pthread_join(l, NULL);
    pthread_join(u, NULL);
    return 0;
}
