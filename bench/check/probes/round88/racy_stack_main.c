/* Racy: the student declared a mutex local to the thread function and locks THAT, so
   each thread has its own lock and the updates of main's stack struct are unprotected. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

struct shared {
    pthread_mutex_t m;
    long count;
    int max_seen;
};

static void *worker(void *p)
{
    struct shared *s = p;
    pthread_mutex_t m;               /* BUG: a private lock protects nothing */
    pthread_mutex_init(&m, NULL);
    for (int i = 0; i < 500; i++) {
        pthread_mutex_lock(&m);
        s->count++;
        if (i > s->max_seen)
            s->max_seen = i;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_destroy(&m);
    return NULL;
}

int main(void)
{
    struct shared sh;
    pthread_t t[NT];
    pthread_mutex_init(&sh.m, NULL);
    sh.count = 0;
    sh.max_seen = 0;
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, &sh);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%ld %d\n", sh.count, sh.max_seen);
    pthread_mutex_destroy(&sh.m);
    return 0;
}
