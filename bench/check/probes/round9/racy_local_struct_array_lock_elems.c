/* TRUTH: racy. Each worker gets a different element of main's local shard array and locks that element's mutex, but both increment the global grand_total. */
#include <pthread.h>
#include <stdio.h>

struct shard {
    pthread_mutex_t m;
    int local;
};

static int grand_total;

static void *worker(void *arg)
{
    struct shard *s = arg;
    pthread_mutex_lock(&s->m);
    s->local++;
    grand_total++;
    pthread_mutex_unlock(&s->m);
    return NULL;
}

int main(void)
{
    struct shard sh[2];
    pthread_t a, b;
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&sh[i].m, NULL);
        sh[i].local = 0;
    }
    pthread_create(&a, NULL, worker, &sh[0]);
    pthread_create(&b, NULL, worker, &sh[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", grand_total);
    return 0;
}
