/* racy: dining philosophers with N=4: total_meals is updated while holding
   only the two fork mutexes; philosophers 0 and 2 hold disjoint forks
   {0,1} and {2,3}, so their updates are unordered. */
#include <pthread.h>
#define N 4
static pthread_mutex_t fork_[N] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int total_meals;
static void *phil(void *a) {
    int i = (int)(long)a;
    int l = i, r = (i + 1) % N;
    int first = l < r ? l : r, second = l < r ? r : l;
    pthread_mutex_lock(&fork_[first]);
    pthread_mutex_lock(&fork_[second]);
    total_meals++;
    pthread_mutex_unlock(&fork_[second]);
    pthread_mutex_unlock(&fork_[first]);
    return 0;
}
int main(void) {
    pthread_t th[N];
    for (long i = 0; i < N; i++) pthread_create(&th[i], 0, phil, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(th[i], 0);
    return total_meals;
}
