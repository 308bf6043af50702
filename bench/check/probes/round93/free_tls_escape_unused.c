// A worker's __thread buffer address escapes into a global (under a mutex) but
// is never dereferenced by another thread; main writes its own tbuf instance.
#include <pthread.h>
#include <stdio.h>
static __thread int tbuf[4];
static int *published;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 4; i++) tbuf[i] = i;
    pthread_mutex_lock(&m);
    published = tbuf;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    pthread_mutex_lock(&m);
    int has = published != NULL;
    pthread_mutex_unlock(&m);
    tbuf[0] = 7;
    printf("%d %d\n", has, tbuf[0]);
    return 0;
}
