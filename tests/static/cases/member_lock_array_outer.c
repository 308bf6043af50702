// Arrays of mutexes inside the elements of an array of structs: sh[0].m[i] and sh[1].m[i] are
// two mutexes, so writes to sh[1].d[i] under each race; under sh[1].m[i] in both they do not.
#include <pthread.h>

struct shard {
    pthread_mutex_t m[4];
    int d[4];
    int e[4];
};
static struct shard sh[2];

static void *ta(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&sh[0].m[i]);
        sh[1].d[i]++; // RACE
        pthread_mutex_unlock(&sh[0].m[i]);
    }
    return NULL;
}

static void *tb(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&sh[1].m[i]);
        sh[1].d[i]++; // RACE
        pthread_mutex_unlock(&sh[1].m[i]);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < 4; i++)
            pthread_mutex_init(&sh[k].m[i], NULL);
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
