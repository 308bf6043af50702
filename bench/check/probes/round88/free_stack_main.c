/* Race-free: a struct on main's stack holding a mutex and a counter is passed by pointer
   to every thread; they update the counter under the struct's own mutex; main reads it
   after join, while its frame is still alive. */
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
    for (int i = 0; i < 500; i++) {
        pthread_mutex_lock(&s->m);
        s->count++;
        if (i > s->max_seen)
            s->max_seen = i;
        pthread_mutex_unlock(&s->m);
    }
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
