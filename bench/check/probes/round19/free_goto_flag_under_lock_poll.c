/* TRUTH: race-free. f writes result before setting done under m; main polls done under m (goto) and reads result after seeing it. */
#include <pthread.h>
#include <stdio.h>
int result, done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a) {
    result = 42;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t t;
    int d;
    pthread_create(&t, 0, f, 0);
poll:
    pthread_mutex_lock(&m);
    d = done;
    pthread_mutex_unlock(&m);
    if (!d)
        goto poll;
    printf("%d\n", result);
    pthread_join(t, 0);
    return 0;
}
