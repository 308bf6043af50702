/* TRUTH: free — the worker writes result, then sets done=1 under m; main polls done under m in a while(1) loop and breaks once it saw 1, then reads result. main's lock that saw done==1 came after the worker's unlock, so the worker's write of result happens-before main's read. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static int result;
static void *work(void *arg) {
    result = 42;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
    while (1) {
        pthread_mutex_lock(&m);
        int d = done;
        pthread_mutex_unlock(&m);
        if (d)
            break;
    }
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}
