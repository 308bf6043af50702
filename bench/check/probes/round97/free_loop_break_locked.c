/* FREE: parallel search where the `found_at` flag is read and written only under a
   mutex; loop breaks after unlocking. */
#include <pthread.h>
#include <stdio.h>
#define N 2
#define LEN 1000
static int hay[LEN];
static int found_at = -1;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *search(void *a) {
    long id = (long)a;
    for (int i = id * (LEN / N); i < (id + 1) * (LEN / N); i++) {
        pthread_mutex_lock(&mu);
        int stop = found_at >= 0;
        if (!stop && hay[i] == 42) { found_at = i; stop = 1; }
        pthread_mutex_unlock(&mu);
        if (stop) break;
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < LEN; i++) hay[i] = i % 97;
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, search, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", found_at);
    return 0;
}
