/* TRUTH: race-free. wait_flag() retries by goto until it sees flag, read under m; setter wrote val before setting flag under m; main then writes val. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int flag, val;
void *setter(void *a) {
    val = 1;
    pthread_mutex_lock(&m);
    flag = 1;
    pthread_mutex_unlock(&m);
    return a;
}
static void wait_flag(void) {
    int seen = 0;
top:
    if (pthread_mutex_trylock(&m) == 0) {
        seen = flag;
        pthread_mutex_unlock(&m);
    }
    if (!seen)
        goto top;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, setter, 0);
    wait_flag();
    val = 2;
    pthread_join(t, 0);
    return 0;
}
