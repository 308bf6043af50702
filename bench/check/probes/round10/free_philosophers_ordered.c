/* free: dining philosophers with ordered fork acquisition; each philosopher
   updates meals[i] (own slot, under both forks) and total_meals under a
   separate mutex. */
#include <pthread.h>
#define N 3
static pthread_mutex_t fork_[N] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static pthread_mutex_t stat_m = PTHREAD_MUTEX_INITIALIZER;
static int total_meals;
static void *phil(void *a) {
    int i = (int)(long)a;
    int l = i, r = (i + 1) % N;
    int first = l < r ? l : r, second = l < r ? r : l;
    for (int k = 0; k < 2; k++) {
        pthread_mutex_lock(&fork_[first]);
        pthread_mutex_lock(&fork_[second]);
        pthread_mutex_lock(&stat_m);
        total_meals++;
        pthread_mutex_unlock(&stat_m);
        pthread_mutex_unlock(&fork_[second]);
        pthread_mutex_unlock(&fork_[first]);
    }
    return 0;
}
int main(void) {
    pthread_t th[N];
    for (long i = 0; i < N; i++) pthread_create(&th[i], 0, phil, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(th[i], 0);
    return total_meals;
}
