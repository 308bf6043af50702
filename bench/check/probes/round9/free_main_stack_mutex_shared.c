/* TRUTH: free. Both workers receive a pointer to the same stack struct and lock its mutex before writing its total field. */
#include <pthread.h>
#include <stdio.h>

struct shared {
    pthread_mutex_t lock;
    int total;
};

static void *worker(void *arg)
{
    struct shared *s = arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&s->lock);
        s->total += i;
        pthread_mutex_unlock(&s->lock);
    }
    return NULL;
}

int main(void)
{
    struct shared s;
    pthread_t t[2];
    pthread_mutex_init(&s.lock, NULL);
    s.total = 0;
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &s);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", s.total);
    return 0;
}
