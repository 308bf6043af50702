/* TRUTH: free — struct carries its own mutex; all accesses to the fields go through a pointer to the struct while holding ->lock */
#include <pthread.h>
#include <stdlib.h>
typedef struct stats {
    pthread_mutex_t lock;
    long n;
    double sum, min, max;
} stats_t;
static void stats_add(stats_t *s, double x) {
    pthread_mutex_lock(&s->lock);
    if (s->n == 0 || x < s->min) s->min = x;
    if (s->n == 0 || x > s->max) s->max = x;
    s->sum += x;
    s->n++;
    pthread_mutex_unlock(&s->lock);
}
struct targ { stats_t *st; unsigned seed; };
static void *feeder(void *arg) {
    struct targ *ta = arg;
    for (int i = 0; i < 100; i++) stats_add(ta->st, rand_r(&ta->seed) / (double)RAND_MAX);
    return NULL;
}
int main(void) {
    stats_t *st = calloc(1, sizeof *st);
    pthread_mutex_init(&st->lock, NULL);
    struct targ ta[3];
    pthread_t t[3];
    for (int i = 0; i < 3; i++) {
        ta[i].st = st;
        ta[i].seed = i + 1;
        pthread_create(&t[i], NULL, feeder, &ta[i]);
    }
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    int ok = st->n == 300;
    pthread_mutex_destroy(&st->lock);
    free(st);
    return !ok;
}
